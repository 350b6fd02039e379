using AmbonCC.Warnings;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AmbonCC.RiverGauges;

internal sealed partial class RiverGaugeGrain
{
    private static readonly TimeSpan ReplayWindow = TimeSpan.FromMinutes(20);
    private static readonly TimeSpan MaxReactionBackoff = TimeSpan.FromMinutes(1);
    private IGrainTimer? reactionTimer;
    private int reactionFailures;

    /// <summary>
    /// Readings acknowledged after the last snapshot are in the ledger: apply them again. The classifier knows
    /// recent seqs, so those it already saw count as duplicates and change nothing; the changes the others cause
    /// were acknowledged but never reacted to, so they join the pending reactions.
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
                state.State.PendingReactions.AddRange(changes.Where(IsSignificant));
            }
        }

        if (replayed > 0)
        {
            logger.LogInformation("Gauge {Code}: rebuilt {Count} reading(s) from the ledger after activation", Code, replayed);
            await state.WriteStateAsync(cancellationToken);
        }
    }

    /// <summary>
    /// A timer for the exact moment the gauge would go stale; the reminder covers a deactivated gauge. One timer
    /// per activation, moved on every batch: registering a new one per reading was a measurable part of the ingest.
    /// </summary>
    private void ScheduleStaleCheck()
    {
        if (classifier?.StaleDueAt is not { } at)
        {
            staleTimer?.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            return;
        }

        var wait = at - time.GetUtcNow();
        var due = wait < TimeSpan.Zero ? TimeSpan.Zero : wait + TimeSpan.FromSeconds(1);
        if (staleTimer is null)
        {
            staleTimer = this.RegisterGrainTimer(CheckStaleAsync, new GrainTimerCreationOptions(due, Timeout.InfiniteTimeSpan));
        }
        else
        {
            staleTimer.Change(due, Timeout.InfiniteTimeSpan);
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

        state.State.PendingReactions.AddRange(changes);
        await SnapshotAsync(now);
        await TryAnnounceAsync("stale", Status(), now);
        ScheduleReactions(TimeSpan.Zero);
    }

    /// <summary>Runs the pending reactions on a timer of their own turn, after the call that caused them answered.</summary>
    private void ScheduleReactions(TimeSpan delay)
    {
        if (reactionTimer is not null || state.State.PendingReactions.Count == 0 || classifier is null)
        {
            return;
        }

        reactionTimer = this.RegisterGrainTimer(RunReactionsAsync, new GrainTimerCreationOptions(delay, Timeout.InfiniteTimeSpan));
    }

    /// <summary>
    /// Band, rise and stale changes go to the alarms and to the river's warning desk, oldest first. A failure
    /// keeps them pending and retries with a growing pause: every step downstream is idempotent.
    /// </summary>
    private async Task RunReactionsAsync()
    {
        reactionTimer?.Dispose();
        reactionTimer = null;
        var batch = state.State.PendingReactions.ToList();
        if (batch.Count == 0)
        {
            return;
        }

        try
        {
            if (ServiceProvider.GetService<IGaugeReactionFaults>() is { } faults)
            {
                await faults.BeforeReactionAsync(Code);
            }

            await ReactAsync(batch, Status(), time.GetUtcNow());
            state.State.PendingReactions.RemoveRange(0, batch.Count);
            reactionFailures = 0;
            await state.WriteStateAsync();
        }
        catch (Exception ex)
        {
            ServiceProvider.GetService<IGaugeReactionFaults>()?.OnReactionFailed(Code, ex);
            reactionFailures++;
            logger.LogWarning(ex, "Gauge {Code}: reacting to {Count} change(s) failed (attempt {Attempt}); will retry", Code, batch.Count, reactionFailures);
        }

        ScheduleReactions(reactionFailures == 0 ? TimeSpan.Zero
            : TimeSpan.FromSeconds(Math.Min(MaxReactionBackoff.TotalSeconds, Math.Pow(2, reactionFailures - 1))));
    }

    private async Task ReactAsync(List<GaugeChange> changes, GaugeStatus status, DateTimeOffset now)
    {
        foreach (var change in changes)
        {
            logger.LogInformation("Gauge {Code}: {Kind} {From}→{To} level {Level} rate {Rate}", Code, change.Kind, change.FromBand, change.ToBand, change.LevelCm, change.RateCmPer10Min);
        }

        await GaugeAlarms.ApplyAsync(GrainFactory, state.State.Profile!, status, changes, now);
        await GrainFactory.GetGrain<IRiverWarningDeskGrain>(status.RiverName).OnGaugeChangedAsync(status, state.State.Profile!);
    }
}

/// <summary>A test seam: lets a test make a gauge's reactions fail, to prove they never fail the ingest.</summary>
internal interface IGaugeReactionFaults
{
    Task BeforeReactionAsync(string gaugeCode);

    void OnReactionFailed(string gaugeCode, Exception error);
}
