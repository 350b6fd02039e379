using AmbonCC.Live;
using AmbonCC.Platform;
using Microsoft.Extensions.Options;

namespace AmbonCC.Incidents;

internal sealed partial class IncidentGrain(
    [PersistentState("incident", ProviderNames.GrainStorage)] IPersistentState<IncidentState> state,
    IGrainFactory grains,
    IncidentClock time,
    IOptions<IncidentOptions> options) : Grain, IIncidentGrain, IRemindable
{
    private const string SystemActor = TimelineCodes.SystemActor;

    private string Id => this.GetPrimaryKeyString();

    private IncidentHandling Handling => state.State.Handling ??= EscalationRules.Fresh(state.State.Opening?.At ?? time.GetUtcNow());

    public async Task<IncidentView> OpenAsync(IncidentOpening request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (state.State.Opening is not null)
        {
            return View();
        }

        // The links (e.g. nearby river cameras) come with the opening: an incident never asks a source's neighbours,
        // which would call back into a camera that is waiting for its alarm to be raised.
        var links = request.Links ?? [];
        var s = state.State;
        s.Opening = request;
        s.Status = IncidentStatus.Open;
        s.KelurahanCodes = [.. request.Area.KelurahanCodes.Distinct()];
        s.Handling = EscalationRules.Fresh(request.At);
        s.Checklist = [.. options.Value.ChecklistOf(request.Type).Select(step => new ChecklistItem(step, false, null, null))];
        s.Timeline.Add(TimelineEntry.Coded(request.At, "opened", SystemActor, TimelineCodes.Opened, [request.Title, request.TitleCode ?? "", .. request.TitleArgs ?? []]));
        foreach (var link in links)
        {
            s.AddLink(link);
        }

        var cameras = links.Where(l => l.Kind == IncidentLinkKind.Camera).Select(l => l.Id).ToList();
        if (cameras.Count > 0)
        {
            s.Timeline.Add(TimelineEntry.Coded(request.At, "linked", SystemActor, TimelineCodes.CamerasLinked, string.Join(", ", cameras)));
        }

        s.LastUpdatedAt = request.At;
        await SaveAsync("opened");
        return View();
    }

    public async Task<IncidentView> AddTimelineEntryAsync(TimelineEntry entry, string? entryKey = null)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (string.IsNullOrWhiteSpace(entry.Code) && string.IsNullOrWhiteSpace(entry.Text))
        {
            throw new ArgumentException("A timeline entry needs a code or a text.", nameof(entry));
        }

        EnsureOpened();
        if (state.State.Append(entry, entryKey))
        {
            await SaveAsync("timeline");
        }

        return View();
    }

    public async Task<IncidentView> LinkAsync(IncidentLink link, string actor)
    {
        ArgumentNullException.ThrowIfNull(link);
        ArgumentException.ThrowIfNullOrWhiteSpace(link.Id, nameof(link));
        EnsureOpened();
        if (state.State.AddLink(link))
        {
            state.State.Append(TimelineEntry.Coded(time.GetUtcNow(), "linked", actor, TimelineCodes.Linked, link.Kind.ToString(), link.Label), null);
            await SaveAsync("linked");
        }

        return View();
    }

    public async Task<IncidentView> RecordAlarmAsync(AlarmView alarm, AlarmChangeKind change)
    {
        ArgumentNullException.ThrowIfNull(alarm);
        EnsureOpened();
        var s = state.State;
        var occurrence = $"{alarm.Id}#{alarm.Occurrence}";
        if (change != AlarmChangeKind.Moved && s.ReleasedAlarms.Contains(occurrence))
        {
            return View(); // a late copy of an alarm an operator moved elsewhere
        }

        s.ReleasedAlarms.Remove(occurrence);
        s.Alarms.TryGetValue(alarm.Id, out var before);
        var changed = false;
        // A late copy (a retry overtaken by a newer change) must not overwrite what is newer.
        if (before is null || alarm.Version > before.Version || change == AlarmChangeKind.Moved && before.IncidentId != Id)
        {
            s.Alarms[alarm.Id] = alarm;
            changed = true;
        }

        changed |= s.AddLink(new IncidentLink(IncidentLinkKind.Alarm, alarm.Id, alarm.Summary));
        if (IncidentRules.SourceLink(alarm.Source) is { } sourceLink)
        {
            changed |= s.AddLink(sourceLink);
        }

        foreach (var code in alarm.Area.KelurahanCodes.Where(c => !s.KelurahanCodes.Contains(c)))
        {
            s.KelurahanCodes.Add(code);
            changed = true;
        }

        if (IncidentRules.AlarmEntry(alarm, change, before) is { } entry)
        {
            changed |= s.Append(entry.Entry, entry.Key);
        }

        changed |= TrackAcknowledgement(alarm, change);
        if (changed)
        {
            await SaveAsync("alarm");
        }
        else
        {
            // Nothing new here, but the first attempt may have stopped before the queue heard of it.
            await ReportToQueueAsync();
        }

        return View();
    }

    /// <summary>A new unacknowledged alarm restarts the escalation clock; the last alarm acknowledged acknowledges the incident.</summary>
    private bool TrackAcknowledgement(AlarmView alarm, AlarmChangeKind change)
    {
        var before = Handling;
        var s = state.State;
        if (!alarm.Acknowledged && alarm.Active && change is AlarmChangeKind.Raised or AlarmChangeKind.Updated or AlarmChangeKind.Moved)
        {
            s.Handling = EscalationRules.Unacknowledged(before, alarm.LastUpdatedAt);
        }
        else if (change == AlarmChangeKind.Acknowledged && s.Alarms.Values.All(a => a.Acknowledged) && alarm.AcknowledgedBy is { } by
            && before.AcknowledgedBy is null && s.Status == IncidentStatus.Open)
        {
            var at = alarm.AcknowledgedAt ?? alarm.LastUpdatedAt;
            s.Handling = EscalationRules.Acknowledged(before, by, at);
            s.Append(TimelineEntry.Coded(at, "acknowledged", by, TimelineCodes.Acknowledged, alarm.AcknowledgeNote ?? ""), null);
        }

        return s.Handling != before;
    }

    public Task<IncidentView?> GetAsync() =>
        Task.FromResult(state.State.Opening is null ? null : View());

    private IncidentView View() => IncidentRules.View(Id, state.State);

    private void EnsureOpened()
    {
        if (state.State.Opening is null)
        {
            throw new KeyNotFoundException($"Incident {Id} was never opened.");
        }
    }

    private async Task SaveAsync(string kind)
    {
        // Stored first; then the queue and the screens hear of it; then the escalation clock follows.
        await WriteAsync();
        await ReportToQueueAsync();
        await PublishAsync(kind);
        await KeepReminderAsync();
    }

    private async Task WriteAsync()
    {
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            // The state in memory is ahead of storage; reload it rather than answer a retry from it.
            DeactivateOnIdle();
            throw;
        }
    }

    private Task ReportToQueueAsync() =>
        grains.GetGrain<IIncidentQueueGrain>(CityKeys.City).UpdateAsync(IncidentRules.Summary(View(), state.State.LastUpdatedAt));

    private Task PublishAsync(string kind) =>
        LiveStreams.For(this, LiveStreamIds.Incidents).OnNextAsync(
            new IncidentChanged(IncidentRules.Summary(View(), state.State.LastUpdatedAt), kind, state.State.LastUpdatedAt));
}
