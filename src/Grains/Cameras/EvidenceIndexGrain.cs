using AmbonCC.Platform;

namespace AmbonCC.Cameras;

[GenerateSerializer, Alias("ambon.cameras.EvidenceIndexState")]
internal sealed class EvidenceIndexState
{
    [Id(0)] public Dictionary<string, EvidenceView> Views { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The custody step each view reflects, so that a late repeat never puts an older view back.</summary>
    [Id(1)] public Dictionary<string, int> Steps { get; set; } = new(StringComparer.Ordinal);
}

/// <summary>
/// The city's list of evidence requests. A city receives tens of requests a year, so one grain holds them all;
/// a much larger city would shard it by year as the complaint index would.
/// </summary>
internal sealed class EvidenceIndexGrain(
    [PersistentState("evidence-index", ProviderNames.GrainStorage)] IPersistentState<EvidenceIndexState> state) : Grain, IEvidenceIndexGrain
{
    public async Task UpsertAsync(EvidenceView view, int step)
    {
        ArgumentNullException.ThrowIfNull(view);
        if (state.State.Steps.TryGetValue(view.Id, out var held) && held >= step)
        {
            return;
        }

        state.State.Views[view.Id] = view;
        state.State.Steps[view.Id] = step;
        await state.WriteStateAsync();
    }

    public Task<IReadOnlyList<EvidenceView>> ListAsync() =>
        Task.FromResult<IReadOnlyList<EvidenceView>>([.. state.State.Views.Values.OrderByDescending(v => v.RecordedAt).ThenBy(v => v.Id, StringComparer.Ordinal)]);
}
