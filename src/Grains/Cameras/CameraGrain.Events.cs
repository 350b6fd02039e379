namespace AmbonCC.Cameras;

internal sealed partial class CameraGrain
{
    public async Task<CameraEventResult> IngestEventAsync(CameraEvent evt)
    {
        var profile = RequireProfile();
        ArgumentNullException.ThrowIfNull(evt);
        if (CameraEventRules.IsDuplicate(state.State.Events, evt))
        {
            return new CameraEventResult(evt.Id, CameraEventOutcome.Duplicate);
        }

        var now = time.GetUtcNow();
        var relevant = CameraEventRules.IsRelevant(options.Value, profile.Category, evt.Label, evt.Score)
            || state.State.ActiveEvents.ContainsKey(evt.Id);
        var label = CameraAlarms.LabelText(evt.Label);
        if (!relevant)
        {
            var score = evt.Score.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
            AddTimeline(now, "event-ignored", $"{label} ({evt.Type.ToString().ToLowerInvariant()}, skor {score}) di bawah ambang kategori {profile.Category}",
                evt.Label, score);
        }
        else if (evt.Type == CameraEventType.End)
        {
            state.State.ActiveEvents.Remove(evt.Id);
            AddTimeline(now, "event-ended", $"{label} selesai ({evt.Id})", evt.Label, evt.Id);
            if (!state.State.ActiveEvents.ContainsValue(evt.Label))
            {
                state.State.PendingReactions.Add(CameraAlarms.EventEnded(evt, now));
            }
        }
        else
        {
            state.State.ActiveEvents[evt.Id] = evt.Label;
            // A new event's alarm is dated by its start; an update by when it arrived (a retry repeats the stored raise).
            var reaction = CameraAlarms.ForEvent(profile, evt, evt.Type == CameraEventType.New ? evt.StartTime : now);
            state.State.PendingReactions.Add(reaction);
            AddTimeline(now, "event", reaction.Raise!.Summary, evt.Label, evt.Score.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture));
        }

        await state.WriteStateAsync();
        lastWrite = now;
        await TryAnnounceAsync("event", now);
        ScheduleReactions(TimeSpan.Zero);
        return new CameraEventResult(evt.Id, relevant ? CameraEventOutcome.Accepted : CameraEventOutcome.Ignored);
    }
}
