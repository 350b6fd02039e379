using System.Collections.Immutable;
using AmbonCC.Incidents;
using AmbonCC.Platform;
using Microsoft.Extensions.Logging;

namespace AmbonCC.TaxTerminals;

internal sealed partial class TaxTerminalGrain
{
    public const string DeviceOffAlarm = "device_off";
    public const string ManipulationAlarm = "manipulation";
    private static readonly TimeSpan MaxReactionBackoff = TimeSpan.FromMinutes(1);
    private IGrainTimer? reactionTimer;
    private int reactionFailures;

    /// <summary>Runs pending reactions on a timer of their own turn, after the call that caused them answered.</summary>
    private void ScheduleReactions(TimeSpan delay)
    {
        if (reactionTimer is not null || (state.State.PendingFindings.Count == 0 && !state.State.PendingClear))
        {
            return;
        }

        reactionTimer = this.RegisterGrainTimer(RunReactionsAsync, new GrainTimerCreationOptions(delay, Timeout.InfiniteTimeSpan));
    }

    /// <summary>
    /// Findings go to the taxpayer (its case) and, for a device off or a manipulated receipt, to the incident queue.
    /// A failure keeps them pending and retries with a growing pause: every step downstream is idempotent.
    /// </summary>
    private async Task RunReactionsAsync()
    {
        reactionTimer?.Dispose();
        reactionTimer = null;
        var batch = state.State.PendingFindings.ToList();
        var clear = state.State.PendingClear;
        var now = time.GetUtcNow();
        try
        {
            await EnsureWatchAsync();
            var profile = state.State.Profile!;
            // The clear first: it ends an earlier red spell; a device-off finding in this batch is a later one.
            if (clear)
            {
                await GrainFactory.GetGrain<IAlarmGrain>(AlarmKeys.For(SubjectKeys.Terminal(Serial), DeviceOffAlarm)).ClearAsync(now, AlarmTexts.ClearedTerminalBack);
            }

            if (batch.Count > 0)
            {
                await GrainFactory.GetGrain<ITaxpayerGrain>(profile.Npwpd).ReportFindingsAsync(profile, batch);
            }

            foreach (var finding in batch)
            {
                await RaiseAlarmAsync(profile, finding);
            }

            state.State.PendingFindings.RemoveRange(0, batch.Count);
            state.State.PendingClear &= !clear;
            if (state.State.ReportedIds.Count > 2000)
            {
                state.State.ReportedIds.Clear();
            }

            state.State.ReportedIds.UnionWith(batch.Select(f => f.Id));
            reactionFailures = 0;
            await state.WriteStateAsync();
            if (clear)
            {
                ScheduleAnnounce(force: true);
            }
        }
        catch (Exception ex)
        {
            reactionFailures++;
            logger.LogWarning(ex, "Terminal {Serial}: reacting to {Count} finding(s) failed (attempt {Attempt}); will retry", Serial, batch.Count, reactionFailures);
        }

        ScheduleReactions(reactionFailures == 0 ? TimeSpan.Zero
            : TimeSpan.FromSeconds(Math.Min(MaxReactionBackoff.TotalSeconds, Math.Pow(2, reactionFailures - 1))));
    }

    private Task RaiseAlarmAsync(City.RestaurantProfile profile, TaxFinding finding)
    {
        var (type, severity) = finding.Kind switch
        {
            FindingKind.DeviceOff => (DeviceOffAlarm, AlarmSeverity.Minor),
            FindingKind.StillRedAfter3Days => (DeviceOffAlarm, AlarmSeverity.Major),
            FindingKind.ChangedReceipt or FindingKind.ReceiptReset => (ManipulationAlarm, AlarmSeverity.Major),
            _ => ("", AlarmSeverity.Info),
        };
        if (type.Length == 0)
        {
            return Task.CompletedTask;
        }

        var source = SubjectKeys.Terminal(Serial);
        return GrainFactory.GetGrain<IAlarmGrain>(AlarmKeys.For(source, type)).RaiseAsync(new AlarmRaise(
            source, type, severity, $"{profile.Name}: {finding.Summary}",
            new Dictionary<string, string>(finding.Evidence) { ["npwpd"] = profile.Npwpd, ["finding"] = finding.Id },
            new AlarmArea(ImmutableArray.Create(profile.KelurahanCode), profile.Latitude, profile.Longitude),
            "taxpayer:" + profile.Npwpd, finding.At, $"Pajak restoran: {profile.Name}",
            AlarmTexts.TaxFinding, [profile.Name, finding.Kind.ToString(), .. SummaryArgs(finding)],
            IncidentTitles.TaxTerminal, [profile.Name]));
    }

    /// <summary>The evidence the summary of <see cref="AlarmTexts.TaxFinding"/> shows, in its order.</summary>
    private static string[] SummaryArgs(TaxFinding finding)
    {
        string E(string key) => finding.Evidence.GetValueOrDefault(key) ?? "";
        return finding.Kind switch
        {
            FindingKind.DeviceOff => [E("lastSeen")],
            FindingKind.StillRedAfter3Days => [E("redSince"), E("days")],
            FindingKind.ReceiptReset => [E("from"), E("to")],
            FindingKind.ChangedReceipt => [string.Join(", ", E("receipts").Split(',').Take(10))],
            _ => [],
        };
    }
}
