namespace AmbonCC.Incidents;

/// <summary>
/// Split and merge. An operator's service drives the steps one way (queue, alarms, then the incidents), each safe to
/// repeat: an incident never calls another incident or an alarm back.
/// </summary>
internal sealed partial class IncidentGrain
{
    public async Task<IncidentView> ReleaseAlarmAsync(string alarmId, string toIncidentId, string actor)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(alarmId);
        ArgumentException.ThrowIfNullOrWhiteSpace(toIncidentId);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        EnsureOpened();
        var s = state.State;
        if (toIncidentId == Id || !s.Alarms.Remove(alarmId, out var alarm))
        {
            return View();
        }

        s.ReleasedAlarms.Add($"{alarm.Id}#{alarm.Occurrence}");
        s.Links.RemoveAll(l => l.Kind == IncidentLinkKind.Alarm && l.Id == alarmId);
        s.AddLink(new IncidentLink(IncidentLinkKind.Incident, toIncidentId, toIncidentId));
        s.Append(TimelineEntry.Coded(time.GetUtcNow(), "split", actor, TimelineCodes.SplitOut, alarm.Type, alarm.Source, toIncidentId), null);
        await SaveAsync("split");
        return View();
    }

    public async Task<IncidentView> AbsorbAsync(IncidentView other, string actor)
    {
        ArgumentNullException.ThrowIfNull(other);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        RequireOpen();
        var s = state.State;
        if (other.Id == Id || !s.EntryKeys.Add("merged:" + other.Id))
        {
            return View();
        }

        // The other incident's history stays readable here, in time order with this one's.
        var merged = other.Timeline.Select(e => e with { Kind = "merged-" + e.Kind });
        s.Timeline = [.. s.Timeline.Concat(merged).OrderBy(e => e.At)];
        foreach (var link in other.Links.Where(l => l.Kind != IncidentLinkKind.Alarm))
        {
            s.AddLink(link);
        }

        s.AddLink(new IncidentLink(IncidentLinkKind.Incident, other.Id, other.Title));
        s.KelurahanCodes.AddRange(other.Area.KelurahanCodes.Where(k => !s.KelurahanCodes.Contains(k)).Distinct());
        s.Append(TimelineEntry.Coded(time.GetUtcNow(), "merged", actor, TimelineCodes.MergedFrom, other.Id, other.Title), null);
        await SaveAsync("merged");
        return View();
    }

    public async Task<IncidentView> MarkMergedAsync(string intoIncidentId, string actor)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(intoIncidentId);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        EnsureOpened();
        var s = state.State;
        if (s.Status == IncidentStatus.Closed)
        {
            await ReportToQueueAsync();
            return View();
        }

        var now = time.GetUtcNow();
        s.Handling = Handling with { MergedInto = intoIncidentId };
        (s.Status, s.ClosedAt, s.ClosedBy, s.CloseReason) = (IncidentStatus.Closed, now, actor, "merged:" + intoIncidentId);
        s.Alarms.Clear(); // they moved with the merge
        s.AddLink(new IncidentLink(IncidentLinkKind.Incident, intoIncidentId, intoIncidentId));
        s.Append(TimelineEntry.Coded(now, "merged", actor, TimelineCodes.MergedInto, intoIncidentId), "closed");
        await SaveAsync("closed");
        return View();
    }
}
