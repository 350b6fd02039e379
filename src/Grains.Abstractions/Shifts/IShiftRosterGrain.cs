using System.Collections.Immutable;
using AmbonCC.Incidents;

namespace AmbonCC.Shifts;

/// <summary>One operator's shift and, once it ended, its handover.</summary>
/// <param name="Id">S1, S2, ... in the order shifts started.</param>
/// <param name="TookOverFrom">The ended shift whose handover this operator accepted when starting.</param>
/// <param name="TakenOverBy">Who accepted this shift's handover, once someone did.</param>
/// <param name="OpenAtHandover">The open incidents when the shift ended (from the incident queue), with their unacknowledged alarms.</param>
[GenerateSerializer, Immutable, Alias("ambon.shifts.ShiftRecord")]
public sealed record ShiftRecord(
    [property: Id(0)] string Id,
    [property: Id(1)] string Operator,
    [property: Id(2)] DateTimeOffset StartedAt,
    [property: Id(3)] DateTimeOffset? EndedAt,
    [property: Id(4)] string? TookOverFrom,
    [property: Id(5)] string? TakenOverBy,
    [property: Id(6)] DateTimeOffset? TakenOverAt,
    [property: Id(7)] string? Note,
    [property: Id(8)] ImmutableArray<IncidentSummary> OpenAtHandover)
{
    public bool IsOpen => EndedAt is null;

    /// <summary>Open incidents at handover that still had alarms nobody acknowledged.</summary>
    public int UnacknowledgedAtHandover => OpenAtHandover.IsDefault ? 0 : OpenAtHandover.Count(i => i.UnacknowledgedAlarms > 0);
}

/// <summary>Who is on shift now, and the recent shifts (newest first) with their handovers.</summary>
[GenerateSerializer, Immutable, Alias("ambon.shifts.ShiftRoster")]
public sealed record ShiftRoster(
    [property: Id(0)] ImmutableArray<ShiftRecord> OnShift,
    [property: Id(1)] ImmutableArray<ShiftRecord> Recent)
{
    /// <summary>Ended shifts whose handover nobody has accepted yet.</summary>
    public IEnumerable<ShiftRecord> AwaitingTakeOver => Recent.Where(s => !s.IsOpen && s.TakenOverBy is null);
}

/// <summary>
/// The roster after a shift started, ended or was taken over (<paramref name="Kind"/>: started, ended). It travels
/// on the incidents stream for the /shifts page only: it is not an <see cref="Live.IIncidentEvent"/>, so the
/// incidents' Server-Sent Events do not carry it.
/// </summary>
[GenerateSerializer, Immutable, Alias("ambon.shifts.ShiftRosterChanged")]
public sealed record ShiftRosterChanged(
    [property: Id(0)] ShiftRoster Roster,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] string Kind) : Live.ILiveEvent
{
    /// <summary>One subject: a newer roster replaces an older one still waiting in a mailbox.</summary>
    public string SubjectId => "shifts";
}

/// <summary>
/// The command center's shift roster (key <c>CityKeys.City</c>). Operators start and end shifts; ending one records
/// what is open on the incident queue (read only); the next operator starts theirs accepting that handover.
/// Every method is safe to retry. Each call is audited by the audit filter (who, before, after).
/// </summary>
[Alias("ambon.shifts.IShiftRosterGrain")]
public interface IShiftRosterGrain : IGrainWithStringKey
{
    /// <summary>Starts the operator's shift (or returns the one already running), accepting an ended shift's handover when named.</summary>
    /// <exception cref="InvalidOperationException">The named shift is unknown, still running, taken over by someone else, or the operator's own.</exception>
    [Alias("Start")]
    Task<ShiftRecord> StartAsync(string operatorName, string? takeOverShiftId);

    /// <summary>Ends the operator's running shift with a handover note and a snapshot of the open incidents.</summary>
    /// <exception cref="InvalidOperationException">The operator is not on shift.</exception>
    [Alias("End")]
    Task<ShiftRecord> EndAsync(string operatorName, string? note);

    [Alias("Get")]
    Task<ShiftRoster> GetAsync();
}
