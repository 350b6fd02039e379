using AmbonCC.Warnings;
using Microsoft.Extensions.Logging;

namespace AmbonCC.RiverGauges;

internal sealed partial class RiverGaugeGrain
{
    private static readonly TimeSpan ReplayWindow = TimeSpan.FromMinutes(20);

    /// <summary>
    /// Readings acknowledged after the last snapshot are in the ledger: apply them again. The classifier knows
    /// recent seqs, so those it already saw count as duplicates and change nothing.
    /// </summary>
    private async Task ReplayFromLedgerAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var since = state.State.Classifier.Latest?.ObservedAt - ReplayWindow ?? now - ReplayWindow;
        var stored = await ledger.ReadGaugeReadingsAsync(Code, since, now + GaugeLimits.MaxFutureSkew, 2000, cancellationToken);
        var replayed = 0;
        foreach (var row in stored)
        {
            var changes = classifier!.Apply(new GaugeReading(row.Reading.Seq, row.Reading.ObservedAt, row.Reading.LevelCm, row.Reading.RainfallMm), now);
            if (!changes.Any(ch => ch.Kind == GaugeChangeKind.Duplicate))
            {
                replayed++;
            }
        }

        if (replayed > 0)
        {
            state.State.ReadingCount += replayed;
            logger.LogInformation("Gauge {Code}: rebuilt {Count} reading(s) from the ledger after activation", Code, replayed);
            await state.WriteStateAsync(cancellationToken);
        }
    }

    /// <summary>A timer for the exact moment the gauge would go stale; the reminder covers a deactivated gauge.</summary>
    private void ScheduleStaleCheck()
    {
        var due = classifier?.StaleDueAt;
        staleTimer?.Dispose();
        staleTimer = null;
        if (due is { } at)
        {
            var wait = at - time.GetUtcNow();
            staleTimer = this.RegisterGrainTimer(CheckStaleAsync, new GrainTimerCreationOptions(
                wait < TimeSpan.Zero ? TimeSpan.Zero : wait + TimeSpan.FromSeconds(1), Timeout.InfiniteTimeSpan));
        }
    }

    private async Task CheckStaleAsync()
    {
        var now = time.GetUtcNow();
        var changes = classifier!.CheckStale(now);
        if (changes.Count == 0)
        {
            return;
        }

        await SnapshotAsync(now);
        var status = Status();
        await AnnounceAsync("stale", status, now);
        await ReactAsync([.. changes], status, now);
    }

    /// <summary>Band, rise and stale changes go to the alarms and to the river's warning desk.</summary>
    private async Task ReactAsync(List<GaugeChange> changes, GaugeStatus status, DateTimeOffset now)
    {
        if (changes.Count == 0)
        {
            return;
        }

        foreach (var change in changes)
        {
            logger.LogInformation("Gauge {Code}: {Kind} {From}→{To} level {Level} rate {Rate}", Code, change.Kind, change.FromBand, change.ToBand, change.LevelCm, change.RateCmPer10Min);
        }

        await GaugeAlarms.ApplyAsync(GrainFactory, state.State.Profile!, status, changes, now);
        await GrainFactory.GetGrain<IRiverWarningDeskGrain>(status.RiverName).OnGaugeChangedAsync(status, state.State.Profile!);
    }
}
