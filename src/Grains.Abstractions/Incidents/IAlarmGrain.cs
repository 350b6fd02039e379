namespace AmbonCC.Incidents;

/// <summary>
/// At most one active alarm per (source, type). Key: <c>source|type</c> (<see cref="AlarmKeys.For"/>).
/// Every change is stored, then announced on the <c>incidents</c> live stream, then recorded on its incident.
/// </summary>
[Alias("ambon.incidents.IAlarmGrain")]
public interface IAlarmGrain : IGrainWithStringKey
{
    /// <summary>
    /// Raises the alarm, or updates it (severity, summary, count) when already active. A raise after a clear
    /// starts a new occurrence, which joins the open incident of its correlation key or opens one. Safe to retry:
    /// a raise with the same <see cref="AlarmRaise.At"/> as the last one changes nothing.
    /// </summary>
    /// <exception cref="ArgumentException">The raise does not belong to this key, or lacks a summary.</exception>
    [Alias("Raise")]
    Task<AlarmView> RaiseAsync(AlarmRaise raise);

    /// <summary>Clears the active alarm; a no-op (returning the current view, or null) when nothing is active.</summary>
    [Alias("Clear")]
    Task<AlarmView?> ClearAsync(DateTimeOffset at, string reason);

    /// <summary>Acknowledges the current occurrence; a no-op when already acknowledged.</summary>
    /// <exception cref="KeyNotFoundException">The alarm was never raised.</exception>
    [Alias("Acknowledge")]
    Task<AlarmView> AcknowledgeAsync(string user, string? note);

    /// <summary>
    /// Moves the current occurrence to another (already opened) incident, which records it; later changes go
    /// there. A no-op when it is already there. Used by split and merge.
    /// </summary>
    /// <exception cref="KeyNotFoundException">The alarm was never raised.</exception>
    [Alias("MoveToIncident")]
    Task<AlarmView> MoveToIncidentAsync(string incidentId);

    /// <summary>The current (or last) occurrence, or null when never raised.</summary>
    [Alias("Get")]
    Task<AlarmView?> GetAsync();
}
