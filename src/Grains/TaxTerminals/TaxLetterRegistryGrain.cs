using AmbonCC.Platform;

namespace AmbonCC.TaxTerminals;

/// <summary>Letter numbers of one year; a retried request gets the number it got before.</summary>
[GenerateSerializer, Alias("ambon.taxterminals.TaxLetterRegistryState")]
public sealed class TaxLetterRegistryState
{
    [Id(0)] public int Last { get; set; }
    [Id(1)] public Dictionary<string, int> ByRequest { get; set; } = [];
}

internal sealed class TaxLetterRegistryGrain(
    [PersistentState("taxLetters", ProviderNames.GrainStorage)] IPersistentState<TaxLetterRegistryState> state) : Grain, ITaxLetterRegistryGrain
{
    public async Task<int> NextAsync(string requestId)
    {
        if (state.State.ByRequest.TryGetValue(requestId, out var known))
        {
            return known;
        }

        var next = state.State.Last + 1;
        state.State.Last = next;
        state.State.ByRequest[requestId] = next;
        await state.WriteStateAsync();
        return next;
    }
}

/// <summary>In memory on purpose: peer ratios are soft, recomputed every hour, and only today's matter.</summary>
internal sealed class TaxPeerGroupGrain : Grain, ITaxPeerGroupGrain
{
    private readonly Dictionary<string, double> ratios = [];
    private DateOnly day;

    public Task<IReadOnlyList<double>> ReportAsync(string serial, DateOnly onDay, double ratio)
    {
        if (onDay != day)
        {
            ratios.Clear();
            day = onDay;
        }

        ratios[serial] = ratio;
        return Task.FromResult<IReadOnlyList<double>>([.. ratios.Where(r => r.Key != serial).Select(r => r.Value)]);
    }
}
