namespace AmbonCC.Incidents;

/// <summary>
/// One incident: title, area, an append-only timeline, links to alarms, warnings, complaints, cameras and gauges.
/// Key: <c>INC-yyyyMMdd-NNNN</c> (WIT date), numbered by <see cref="IIncidentQueueGrain"/>. Every method is safe to retry.
/// </summary>
[Alias("ambon.incidents.IIncidentGrain")]
public interface IIncidentGrain : IGrainWithStringKey
{
    /// <summary>
    /// Opens the incident with what its source knows (title code, area, links such as nearby cameras); a no-op when
    /// already opened. Open one with <see cref="IIncidentQueueGrain.ReserveAsync"/> and then this (the queue never
    /// calls incidents, incidents report to the queue: calls go one way).
    /// </summary>
    [Alias("Open")]
    Task<IncidentView> OpenAsync(IncidentOpening opening);

    /// <summary>Appends to the timeline. A non-null <paramref name="entryKey"/> seen before makes it a no-op.</summary>
    /// <exception cref="KeyNotFoundException">The incident was never opened.</exception>
    [Alias("AddTimelineEntry")]
    Task<IncidentView> AddTimelineEntryAsync(TimelineEntry entry, string? entryKey = null);

    /// <summary>Links a thing (warning, complaint, camera, gauge...); a no-op when (kind, id) is already linked.</summary>
    /// <exception cref="KeyNotFoundException">The incident was never opened.</exception>
    [Alias("Link")]
    Task<IncidentView> LinkAsync(IncidentLink link, string actor);

    /// <summary>
    /// Records an alarm occurrence's latest state (called by the alarm grain after each change): links the alarm
    /// and its source, and writes raises, clears, acknowledgements and severity changes to the timeline.
    /// </summary>
    [Alias("RecordAlarm")]
    Task<IncidentView> RecordAlarmAsync(AlarmView alarm, AlarmChangeKind change);

    /// <summary>Closes the incident; a no-op when already closed.</summary>
    /// <exception cref="ArgumentException">No reason given (parameter <c>reason</c>).</exception>
    /// <exception cref="InvalidOperationException">An alarm is still active or unacknowledged.</exception>
    /// <exception cref="KeyNotFoundException">The incident was never opened.</exception>
    [Alias("Close")]
    Task<IncidentView> CloseAsync(string user, string reason);

    /// <summary>The incident, or null when it was never opened.</summary>
    [Alias("Get")]
    Task<IncidentView?> GetAsync();

    /// <summary>
    /// The user takes the incident on: escalation and reminders stop until a new alarm arrives. Acknowledge its
    /// alarms through <see cref="IAlarmGrain.AcknowledgeAsync"/> too (the alarms tell the incident).
    /// </summary>
    [Alias("Acknowledge")]
    Task<IncidentView> AcknowledgeAsync(string user, string? note);

    /// <summary>Assigns it to a named user (or nobody with null).</summary>
    [Alias("Assign")]
    Task<IncidentView> AssignAsync(string actor, string? assignee);

    /// <summary>A note on the timeline.</summary>
    /// <exception cref="ArgumentException">Empty or too long (parameter <c>text</c>).</exception>
    [Alias("Comment")]
    Task<IncidentView> CommentAsync(string user, string text);

    /// <summary>Escalates to the Supervisor tier by hand; a no-op when already there.</summary>
    [Alias("Escalate")]
    Task<IncidentView> EscalateAsync(string user, string? reason);

    /// <summary>Ticks (or unticks) a step of the SOP checklist; a no-op when it already is so.</summary>
    /// <exception cref="ArgumentException">No such step (parameter <c>step</c>).</exception>
    [Alias("Tick")]
    Task<IncidentView> TickAsync(string user, string step, bool done);

    /// <summary>
    /// Takes an alarm off this incident because it moved to <paramref name="toIncidentId"/> (a split or merge);
    /// a no-op when it is not here.
    /// </summary>
    [Alias("ReleaseAlarm")]
    Task<IncidentView> ReleaseAlarmAsync(string alarmId, string toIncidentId, string actor);

    /// <summary>Takes in another incident's timeline and links (a merge); safe to repeat.</summary>
    [Alias("Absorb")]
    Task<IncidentView> AbsorbAsync(IncidentView other, string actor);

    /// <summary>Closes this incident as merged into another; a no-op when already closed.</summary>
    [Alias("MarkMerged")]
    Task<IncidentView> MarkMergedAsync(string intoIncidentId, string actor);

    /// <summary>Runs the escalation rules now (the reminder calls the same); for tests and the reminder.</summary>
    [Alias("CheckEscalation")]
    Task<IncidentView?> CheckEscalationAsync();
}

/// <summary>
/// The city's incident queue: numbers incidents, finds the open incident of a correlation key, and keeps the
/// summaries the queue page shows. Key: <c>CityKeys.City</c>.
/// </summary>
[Alias("ambon.incidents.IIncidentQueueGrain")]
public interface IIncidentQueueGrain : IGrainWithStringKey
{
    /// <summary>
    /// The open incident of this correlation key, else an open incident of the same type family, kelurahan and time
    /// window (then the key joins it), else a new number. Safe to retry: the key keeps mapping to the same open
    /// incident. The caller then opens it with <see cref="IIncidentGrain.OpenAsync"/> (a no-op when open); the
    /// queue itself never calls an incident.
    /// </summary>
    [Alias("Reserve")]
    Task<IncidentReservation> ReserveAsync(IncidentRequest request);

    /// <summary>Every correlation key of <paramref name="fromId"/> now leads to <paramref name="toId"/> (a merge).</summary>
    [Alias("Redirect")]
    Task RedirectAsync(string fromId, string toId);

    /// <summary>Open incidents, worst severity first, then newest first.</summary>
    [Alias("GetOpen")]
    Task<IReadOnlyList<IncidentSummary>> GetOpenAsync();

    /// <summary>Recently closed incidents, newest first (a bounded list).</summary>
    [Alias("GetRecentClosed")]
    Task<IReadOnlyList<IncidentSummary>> GetRecentClosedAsync(int count);

    /// <summary>An incident grain reports its new summary; a closed incident leaves the open list for good.</summary>
    [Alias("Update")]
    Task UpdateAsync(IncidentSummary summary);
}
