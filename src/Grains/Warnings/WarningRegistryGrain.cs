using AmbonCC.Platform;

namespace AmbonCC.Warnings;

[GenerateSerializer, Alias("AmbonCC.Warnings.WarningRegistryState")]
internal sealed class WarningRegistryState
{
    [Id(0)] public Dictionary<string, WarningSummary> Warnings { get; set; } = [];
}

/// <summary>The city's warnings; closed ones beyond the most recent are forgotten here (the warning grains keep them).</summary>
internal sealed class WarningRegistryGrain(
    [PersistentState("warningRegistry", ProviderNames.GrainStorage)] IPersistentState<WarningRegistryState> state) : Grain, IWarningRegistryGrain
{
    private const int KeptClosed = 100;

    public async Task UpsertAsync(WarningSummary summary)
    {
        state.State.Warnings[summary.Id] = summary;
        var closed = state.State.Warnings.Values.Where(w => !IsOpen(w)).OrderByDescending(w => w.UpdatedAt).Skip(KeptClosed).ToList();
        foreach (var old in closed)
        {
            state.State.Warnings.Remove(old.Id);
        }

        await state.WriteStateAsync();
    }

    public Task<IReadOnlyList<WarningSummary>> ListAsync(bool includeClosed) =>
        Task.FromResult<IReadOnlyList<WarningSummary>>(
            [.. state.State.Warnings.Values.Where(w => includeClosed || IsOpen(w)).OrderByDescending(w => w.UpdatedAt)]);

    private static bool IsOpen(WarningSummary w) => w.State is WarningState.Draft or WarningState.Active;
}
