using System.Globalization;
using AmbonCC.City;
using AmbonCC.Platform;
using AmbonCC.RiverGauges;

namespace AmbonCC.Warnings;

[GenerateSerializer, Alias("AmbonCC.Warnings.RiverWarningDeskState")]
internal sealed class RiverWarningDeskState
{
    [Id(0)] public Dictionary<string, GaugeStatus> Gauges { get; set; } = [];
    [Id(1)] public Dictionary<string, GaugeProfile> Profiles { get; set; } = [];
    [Id(2)] public string? ActiveWarningId { get; set; }
    [Id(3)] public int Opened { get; set; }
}

/// <summary>
/// The river's desk: one warning at a time per river. The worst gauge decides; a river is normal again only when
/// every gauge is at Siaga 4 with no rise alarm.
/// </summary>
internal sealed class RiverWarningDeskGrain(
    [PersistentState("riverWarningDesk", ProviderNames.GrainStorage)] IPersistentState<RiverWarningDeskState> state,
    CityClock clock) : Grain, IRiverWarningDeskGrain
{
    public async Task OnGaugeChangedAsync(GaugeStatus status, GaugeProfile profile)
    {
        state.State.Gauges[status.Code] = status;
        state.State.Profiles[status.Code] = profile;
        var situation = Situation();
        if (state.State.ActiveWarningId is { } active)
        {
            await state.WriteStateAsync();
            // The warning answers with its state instead of calling the desk back (the desk is waiting on it).
            var outcome = await GrainFactory.GetGrain<IFloodWarningGrain>(active).OnRiverChangedAsync(situation);
            if (!IsClosed(outcome.State))
            {
                return;
            }

            // Closed now (withdrawn, automatic Cancel) or earlier by a Supervisor: a river still in flood gets a new one.
            state.State.ActiveWarningId = null;
        }

        if (situation.AllNormal)
        {
            await state.WriteStateAsync();
            return;
        }

        state.State.Opened++;
        var id = WarningIds.For(situation.RiverName, clock.Today, state.State.Opened);
        state.State.ActiveWarningId = id;
        await state.WriteStateAsync();
        await GrainFactory.GetGrain<IFloodWarningGrain>(id).OpenAsync(situation, situation.Worst.AutoIssueWarnings);
    }

    public async Task<string?> GetActiveWarningIdAsync()
    {
        // A Supervisor may have cancelled or rejected it since the last gauge change: ask the warning (one way).
        if (state.State.ActiveWarningId is { } active
            && await GrainFactory.GetGrain<IFloodWarningGrain>(active).GetAsync() is { } view && IsClosed(view.State))
        {
            state.State.ActiveWarningId = null;
            await state.WriteStateAsync();
        }

        return state.State.ActiveWarningId;
    }

    private static bool IsClosed(WarningState s) => s is WarningState.Cancelled or WarningState.Withdrawn;

    private RiverSituation Situation()
    {
        var worst = state.State.Gauges.Values
            .OrderByDescending(g => g.Band).ThenByDescending(g => g.RiseAlarm).ThenByDescending(g => g.LevelCm ?? double.MinValue)
            .First();
        var allNormal = state.State.Gauges.Values.All(g => g.Band == SiagaLevel.Siaga4 && !g.RiseAlarm);
        var trend = state.State.Gauges.Values.Any(g => g.RiseAlarm || g.RateCmPer10Min > 5) ? FloodTrend.Rising
            : worst.RateCmPer10Min < -5 ? FloodTrend.Falling
            : FloodTrend.Steady;
        return new RiverSituation(this.GetPrimaryKeyString(), worst, state.State.Profiles[worst.Code], allNormal, trend);
    }
}

/// <summary>Warning ids name the river and the city day: <c>BATUMERAH-20261127-01</c>.</summary>
public static class WarningIds
{
    public static string For(string riverName, DateOnly cityDay, int sequence)
    {
        var slug = new string(riverName.Replace("Wai ", "", StringComparison.OrdinalIgnoreCase)
            .ToUpperInvariant().Where(char.IsAsciiLetterOrDigit).ToArray());
        var day = cityDay.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        return $"{slug}-{day}-{sequence:00}";
    }
}
