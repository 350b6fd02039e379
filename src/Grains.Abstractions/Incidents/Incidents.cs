using System.Collections.Immutable;

namespace AmbonCC.Incidents;

public enum IncidentStatus
{
    Open,
    Closed,
}

/// <summary>What an incident can point at.</summary>
public enum IncidentLinkKind
{
    Alarm,
    Warning,
    Complaint,
    Camera,
    Gauge,
}

/// <summary>A thing an incident points at; (kind, id) is unique within an incident.</summary>
/// <param name="Label">What operators read, e.g. the camera name.</param>
[GenerateSerializer, Immutable, Alias("ambon.incidents.IncidentLink")]
public sealed record IncidentLink(
    [property: Id(0)] IncidentLinkKind Kind,
    [property: Id(1)] string Id,
    [property: Id(2)] string Label);

/// <summary>One line of an incident's append-only timeline.</summary>
/// <param name="Kind">e.g. <c>opened</c>, <c>alarm-raised</c>, <c>alarm-acknowledged</c>, <c>linked</c>, <c>note</c>, <c>closed</c>.</param>
/// <param name="Text">Free text (a note), or the finished sentence of an entry written before codes existed; empty when coded.</param>
/// <param name="Actor">Who did it: a user name, or <c>system</c> / a source such as <c>gauge:PDA-BATUMERAH-1</c>.</param>
/// <param name="Code">What happened, one of <see cref="TimelineCodes"/>: rendered in the reader's language with <paramref name="Args"/>.</param>
[GenerateSerializer, Immutable, Alias("ambon.incidents.TimelineEntry")]
public sealed record TimelineEntry(
    [property: Id(0)] DateTimeOffset At,
    [property: Id(1)] string Kind,
    [property: Id(2)] string Text,
    [property: Id(3)] string Actor,
    [property: Id(4)] string? Code = null,
    [property: Id(5)] IReadOnlyList<string>? Args = null)
{
    /// <summary>An entry stored as a code and its arguments, for each reader to render in their own language.</summary>
    public static TimelineEntry Coded(DateTimeOffset at, string kind, string actor, string code, params IEnumerable<string> args) =>
        new(at, kind, "", actor, code, [.. args]);
}

/// <summary>What the queue knows of an incident: one row of the incident queue page.</summary>
/// <param name="UnacknowledgedAlarms">Alarms of the incident nobody has acknowledged yet.</param>
[GenerateSerializer, Immutable, Alias("ambon.incidents.IncidentSummary")]
public sealed record IncidentSummary(
    [property: Id(0)] string Id,
    [property: Id(1)] string Title,
    [property: Id(2)] AlarmSeverity Severity,
    [property: Id(3)] IncidentStatus Status,
    [property: Id(4)] DateTimeOffset OpenedAt,
    [property: Id(5)] DateTimeOffset? ClosedAt,
    [property: Id(6)] int ActiveAlarms,
    [property: Id(7)] int UnacknowledgedAlarms,
    [property: Id(8)] ImmutableArray<string> KelurahanCodes,
    [property: Id(9)] DateTimeOffset LastUpdatedAt);

/// <summary>An incident with everything operators need to act on it.</summary>
/// <param name="CorrelationKey">Alarms with this key join the incident while it is open.</param>
/// <param name="Alarms">The latest view of every alarm occurrence recorded on the incident.</param>
[GenerateSerializer, Immutable, Alias("ambon.incidents.IncidentView")]
public sealed record IncidentView(
    [property: Id(0)] string Id,
    [property: Id(1)] string Title,
    [property: Id(2)] IncidentStatus Status,
    [property: Id(3)] AlarmSeverity Severity,
    [property: Id(4)] string CorrelationKey,
    [property: Id(5)] AlarmArea Area,
    [property: Id(6)] DateTimeOffset OpenedAt,
    [property: Id(7)] DateTimeOffset? ClosedAt,
    [property: Id(8)] string? ClosedBy,
    [property: Id(9)] string? CloseReason,
    [property: Id(10)] ImmutableArray<TimelineEntry> Timeline,
    [property: Id(11)] ImmutableArray<IncidentLink> Links,
    [property: Id(12)] ImmutableArray<AlarmView> Alarms)
{
    /// <summary>A Supervisor may close it: open, and every alarm cleared and acknowledged.</summary>
    public bool CanClose => Status == IncidentStatus.Open && Alarms.All(a => a.IsSettled);
}

/// <summary>What the queue hands an incident grain when it opens it.</summary>
[GenerateSerializer, Immutable, Alias("ambon.incidents.IncidentOpening")]
public sealed record IncidentOpening(
    [property: Id(0)] string CorrelationKey,
    [property: Id(1)] string Title,
    [property: Id(2)] AlarmArea Area,
    [property: Id(3)] DateTimeOffset At);
