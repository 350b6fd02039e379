using AmbonCC.Platform;

namespace AmbonCC.Security;

[GenerateSerializer, Alias("AmbonCC.Security.ApiKeyRegistryState")]
internal sealed class ApiKeyRegistryState
{
    [Id(0)] public HashSet<string> KeyIds { get; set; } = new(StringComparer.Ordinal);
}

/// <summary>
/// One shard of the known key ids. A shard of 100k ids is about 4 MB and is rewritten only when a key is issued;
/// lookups are in memory, so a flood of random ids costs one call each and no new activation.
/// </summary>
internal sealed class ApiKeyRegistryGrain(
    [PersistentState("apikeys", ProviderNames.GrainStorage)] IPersistentState<ApiKeyRegistryState> state) : Grain, IApiKeyRegistryGrain
{
    public async Task AddAsync(string keyId)
    {
        if (state.State.KeyIds.Add(keyId))
        {
            await state.WriteStateAsync();
        }
    }

    public Task<bool> ContainsAsync(string keyId) => Task.FromResult(state.State.KeyIds.Contains(keyId));

    public Task<IReadOnlyList<string>> ListAsync() => Task.FromResult<IReadOnlyList<string>>([.. state.State.KeyIds.Order(StringComparer.Ordinal)]);
}
