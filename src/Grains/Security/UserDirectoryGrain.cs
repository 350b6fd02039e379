using AmbonCC.Platform;

namespace AmbonCC.Security;

[GenerateSerializer, Alias("AmbonCC.Security.UserDirectoryState")]
internal sealed class UserDirectoryState
{
    [Id(0)] public SortedSet<string> UserNames { get; set; } = new(StringComparer.Ordinal);
}

internal sealed class UserDirectoryGrain(
    [PersistentState("users", ProviderNames.GrainStorage)] IPersistentState<UserDirectoryState> state) : Grain, IUserDirectoryGrain
{
    public async Task AddAsync(string userName)
    {
        if (state.State.UserNames.Add(userName))
        {
            await state.WriteStateAsync();
        }
    }

    public Task<IReadOnlyList<string>> ListAsync() => Task.FromResult<IReadOnlyList<string>>([.. state.State.UserNames]);
}
