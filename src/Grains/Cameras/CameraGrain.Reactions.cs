using System.Globalization;
using AmbonCC.Incidents;
using AmbonCC.Live;
using AmbonCC.Platform;
using Microsoft.Extensions.Logging;

namespace AmbonCC.Cameras;

internal sealed partial class CameraGrain
{
    private static readonly TimeSpan MaxReactionBackoff = TimeSpan.FromMinutes(1);
    private IGrainTimer? offlineTimer;
    private IGrainTimer? reactionTimer;
    private int reactionFailures;

    /// <summary>A timer for the moment the camera would go offline; the reminder covers a deactivated camera.</summary>
    private void ScheduleOfflineCheck()
    {
        offlineTimer?.Dispose();
        offlineTimer = null;
        if (rules.OfflineDueAt(state.State.Health) is { } due)
        {
            var wait = due - time.GetUtcNow();
            offlineTimer = this.RegisterGrainTimer(CheckHealthAsync, new GrainTimerCreationOptions(
                (wait < TimeSpan.Zero ? TimeSpan.Zero : wait) + TimeSpan.FromMilliseconds(200), Timeout.InfiniteTimeSpan));
        }
    }

    private void ScheduleReactions(TimeSpan delay)
    {
        if (reactionTimer is not null || state.State.PendingReactions.Count == 0)
        {
            return;
        }

        reactionTimer = this.RegisterGrainTimer(RunReactionsAsync, new GrainTimerCreationOptions(delay, Timeout.InfiniteTimeSpan));
    }

    /// <summary>
    /// Raises and clears the pending alarms, oldest first, in a turn of their own after the call that caused them
    /// answered. A failure keeps them pending and retries with a growing pause: the alarm grain takes a repeat of
    /// the same raise (same time) as a retry.
    /// </summary>
    private async Task RunReactionsAsync()
    {
        reactionTimer?.Dispose();
        reactionTimer = null;
        var batch = state.State.PendingReactions.ToList();
        if (batch.Count == 0 || state.State.Profile is not { } profile)
        {
            return;
        }

        var done = 0;
        try
        {
            foreach (var reaction in batch)
            {
                var alarm = GrainFactory.GetGrain<IAlarmGrain>(AlarmKeys.For(CameraAlarms.Source(profile), reaction.AlarmType));
                if (reaction.Raise is { } raise)
                {
                    var view = await alarm.RaiseAsync(raise);
                    if (view.IncidentId is { } incident)
                    {
                        RememberIncident(incident);
                    }
                }
                else
                {
                    await alarm.ClearAsync(reaction.At, reaction.ClearReason ?? "");
                }

                done++;
            }

            reactionFailures = 0;
        }
        catch (Exception ex)
        {
            reactionFailures++;
            logger.LogWarning(ex, "Camera {Code}: alarm work failed after {Done} of {Count} (attempt {Attempt}); will retry", Code, done, batch.Count, reactionFailures);
        }

        if (done > 0)
        {
            state.State.PendingReactions.RemoveRange(0, done);
            try
            {
                await state.WriteStateAsync();
                await TryAnnounceAsync("incident", time.GetUtcNow());
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "Camera {Code}: storing finished alarm work failed; it will be repeated (idempotent)", Code);
            }
        }

        ScheduleReactions(reactionFailures == 0 ? TimeSpan.Zero
            : TimeSpan.FromSeconds(Math.Min(MaxReactionBackoff.TotalSeconds, Math.Pow(2, reactionFailures - 1))));
    }

    private async Task TryAnnounceAsync(string kind, DateTimeOffset now)
    {
        try
        {
            var s = Status();
            lastAnnounced = now;
            await LiveStreams.For(this, LiveStreamIds.Cameras).OnNextAsync(new CameraStatusChanged(s, kind, now));
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Camera {Code}: live update failed", Code);
        }
    }
}
