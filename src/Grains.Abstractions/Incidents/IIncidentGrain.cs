using Orleans.Concurrency;

namespace AmbonCC.Incidents;

/// <summary>
/// One incident: title, area, an append-only timeline, links to alarms, warnings, complaints, cameras and gauges.
/// Key: <c>INC-yyyyMMdd-NNNN</c> (WIT date), numbered by <see cref="IIncidentQueueGrain"/>. Every method is safe to retry.
/// </summary>
[Alias("ambon.incidents.IIncidentGrain")]
public interface IIncidentGrain : IGrainWithStringKey
{
    /// <summary>
    /// Opens the incident and links the river cameras within 1.5 km of the area's point. A no-op when already
    /// opened. Called by the queue; use <see cref="IIncidentQueueGrain.FindOrOpenAsync"/> to open one.
    /// </summary>
    /// <remarks>
    /// Interleaves because the queue calls it while an incident may be waiting on the queue (reporting its
    /// summary); without it the two would deadlock. It changes state only before the incident is known to anyone.
    /// </remarks>
    [Alias("Open"), AlwaysInterleave]
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
}

/// <summary>
/// The city's incident queue: numbers incidents, finds the open incident of a correlation key, and keeps the
/// summaries the queue page shows. Key: <c>CityKeys.City</c>.
/// </summary>
[Alias("ambon.incidents.IIncidentQueueGrain")]
public interface IIncidentQueueGrain : IGrainWithStringKey
{
    /// <summary>
    /// The id of the open incident with this correlation key, or of a new one opened now. Safe to retry: the key
    /// maps to the same open incident until it is closed.
    /// </summary>
    [Alias("FindOrOpen")]
    Task<string> FindOrOpenAsync(string correlationKey, string title, AlarmArea area, DateTimeOffset at);

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
