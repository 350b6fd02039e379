using AmbonCC.Live;
using AmbonCC.Platform;

namespace AmbonCC.Incidents;

internal sealed class IncidentGrain(
    [PersistentState("incident", ProviderNames.GrainStorage)] IPersistentState<IncidentState> state,
    IGrainFactory grains,
    TimeProvider time) : Grain, IIncidentGrain
{
    private const string SystemActor = TimelineCodes.SystemActor;
    private Task<IncidentView>? opening;

    private string Id => this.GetPrimaryKeyString();

    public Task<IncidentView> OpenAsync(IncidentOpening opening)
    {
        ArgumentNullException.ThrowIfNull(opening);
        if (state.State.Opening is not null)
        {
            return Task.FromResult(View());
        }

        // OpenAsync interleaves: a second call while the first is still linking cameras waits for the first.
        return this.opening ??= OpenOnceAsync(opening);
    }

    private async Task<IncidentView> OpenOnceAsync(IncidentOpening request)
    {
        try
        {
            var cameras = request.Area is { Latitude: { } lat, Longitude: { } lon }
                ? await NearbyCameras.FindAsync(grains, lat, lon)
                : [];
            var s = state.State;
            s.Opening = request;
            s.Status = IncidentStatus.Open;
            s.KelurahanCodes = [.. request.Area.KelurahanCodes.Distinct()];
            s.Timeline.Add(TimelineEntry.Coded(request.At, "opened", SystemActor, TimelineCodes.Opened, request.Title));
            s.Links.AddRange(cameras.Select(c => new IncidentLink(IncidentLinkKind.Camera, c.Code, c.Name)));
            if (cameras.Count > 0)
            {
                s.Timeline.Add(TimelineEntry.Coded(request.At, "linked", SystemActor, TimelineCodes.CamerasLinked, string.Join(", ", cameras.Select(c => c.Code))));
            }

            s.LastUpdatedAt = request.At;
            // The queue is waiting for this call, so it must not be called back from here (it would deadlock).
            await WriteAsync();
            await PublishAsync("opened");
            return View();
        }
        finally
        {
            opening = null;
        }
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
        s.Alarms.TryGetValue(alarm.Id, out var before);
        var changed = false;
        // A late copy (a retry overtaken by a newer change) must not overwrite what is newer.
        if (before is null || alarm.Version > before.Version)
        {
            s.Alarms[alarm.Id] = alarm;
            changed = true;
        }

        changed |= state.State.AddLink(new IncidentLink(IncidentLinkKind.Alarm, alarm.Id, alarm.Summary));
        if (IncidentRules.SourceLink(alarm.Source) is { } sourceLink)
        {
            changed |= state.State.AddLink(sourceLink);
        }

        foreach (var code in alarm.Area.KelurahanCodes.Where(c => !s.KelurahanCodes.Contains(c)))
        {
            s.KelurahanCodes.Add(code);
            changed = true;
        }

        if (IncidentRules.AlarmEntry(alarm, change, before) is { } entry)
        {
            changed |= state.State.Append(entry.Entry, entry.Key);
        }

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

    public async Task<IncidentView> CloseAsync(string user, string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(user);
        EnsureOpened();
        var s = state.State;
        if (s.Status == IncidentStatus.Closed)
        {
            await ReportToQueueAsync();
            return View();
        }

        reason = reason?.Trim() ?? "";
        if (reason.Length is 0 or > IncidentRules.MaxReasonLength)
        {
            throw new ArgumentException($"Reason: 1–{IncidentRules.MaxReasonLength} characters.", nameof(reason));
        }

        if (!View().CanClose)
        {
            throw new InvalidOperationException("Every alarm of the incident must be cleared and acknowledged first.");
        }

        var now = time.GetUtcNow();
        (s.Status, s.ClosedAt, s.ClosedBy, s.CloseReason) = (IncidentStatus.Closed, now, user, reason);
        state.State.Append(TimelineEntry.Coded(now, "closed", user, TimelineCodes.Closed, reason), "closed");
        await SaveAsync("closed");
        return View();
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
        // Stored first; then the queue and the screens hear of it.
        await WriteAsync();
        await ReportToQueueAsync();
        await PublishAsync(kind);
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
