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
    Terminal,
    Incident,
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
        new(at, kind, "", actor, code, args.ToArray()); // an array: storage writes type names, and reads this one back
}

/// <summary>What the queue knows of an incident: one row of the incident queue page.</summary>
/// <param name="UnacknowledgedAlarms">Alarms of the incident nobody has acknowledged yet.</param>
/// <param name="Latitude">Where it is (the opening area's point, else the first alarm's with one); null when no source gave a point.</param>
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
    [property: Id(9)] DateTimeOffset LastUpdatedAt,
    [property: Id(10)] string? TitleCode = null,
    [property: Id(11)] IReadOnlyList<string>? TitleArgs = null,
    [property: Id(12)] bool Acknowledged = false,
    [property: Id(13)] string? Assignee = null,
    [property: Id(14)] EscalationTier Tier = EscalationTier.Operator,
    [property: Id(15)] string? Type = null,
    [property: Id(16)] double? Latitude = null,
    [property: Id(17)] double? Longitude = null)
{
    /// <summary>True when both coordinates are known.</summary>
    public bool HasPoint => Latitude is not null && Longitude is not null;
}

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
    [property: Id(12)] ImmutableArray<AlarmView> Alarms,
    [property: Id(13)] string? TitleCode = null,
    [property: Id(14)] IReadOnlyList<string>? TitleArgs = null,
    [property: Id(15)] string? Type = null,
    [property: Id(16)] IncidentHandling? Handling = null,
    [property: Id(17)] ImmutableArray<ChecklistItem> Checklist = default)
{
    /// <summary>A Supervisor may close (resolve) it: open, and every alarm cleared and acknowledged.</summary>
    public bool CanClose => Status == IncidentStatus.Open && Alarms.All(a => a.IsSettled);

    /// <summary>Open with a condition that still holds: an active alarm, or no alarms at all (a warning, a complaint).</summary>
    public bool Active => Status == IncidentStatus.Open && (Alarms.IsDefaultOrEmpty || Alarms.Any(a => a.Active));

    /// <summary>Someone took it on since its last unacknowledged alarm, and every alarm is acknowledged.</summary>
    public bool Acknowledged => Handling?.AcknowledgedBy is not null && Alarms.All(a => a.Acknowledged);
}

/// <summary>Who is on an incident: acknowledgement, assignee, escalation tier and reminders.</summary>
/// <param name="UnacknowledgedSince">When it last became unacknowledged (opened, or a new alarm); escalation counts from here.</param>
/// <param name="RemindersSent">Reminders since <paramref name="UnacknowledgedSince"/>.</param>
/// <param name="MergedInto">The incident this one was merged into (then it is closed).</param>
[GenerateSerializer, Immutable, Alias("ambon.incidents.IncidentHandling")]
public sealed record IncidentHandling(
    [property: Id(0)] string? AcknowledgedBy,
    [property: Id(1)] DateTimeOffset? AcknowledgedAt,
    [property: Id(2)] string? Assignee,
    [property: Id(3)] EscalationTier Tier,
    [property: Id(4)] DateTimeOffset? EscalatedAt,
    [property: Id(5)] DateTimeOffset UnacknowledgedSince,
    [property: Id(6)] int RemindersSent,
    [property: Id(7)] DateTimeOffset? LastReminderAt,
    [property: Id(8)] string? MergedInto);

/// <summary>Who is expected to act on an incident.</summary>
public enum EscalationTier
{
    Operator = 0,
    Supervisor = 1,
}

/// <summary>One step of an incident type's SOP and whether an operator ticked it.</summary>
/// <param name="Id">The step's code, e.g. <c>flood.call-bpbd</c>: its text comes from the reader's language (or is the code).</param>
[GenerateSerializer, Immutable, Alias("ambon.incidents.ChecklistItem")]
public sealed record ChecklistItem(
    [property: Id(0)] string Id,
    [property: Id(1)] bool Done,
    [property: Id(2)] string? By,
    [property: Id(3)] DateTimeOffset? At);

/// <summary>What a source asks of the queue: the open incident its signal belongs to, or a new one.</summary>
/// <param name="CorrelationKey">An open incident with this key is joined first.</param>
/// <param name="Type">The incident type (e.g. <c>flood</c>), from <see cref="IncidentTypes"/>: its family decides correlation by place and time.</param>
/// <param name="Links">Things the source knows are involved, linked when the incident opens.</param>
/// <param name="Standalone">Never join another incident by place and time (an operator's split).</param>
[GenerateSerializer, Immutable, Alias("ambon.incidents.IncidentRequest")]
public sealed record IncidentRequest(
    [property: Id(0)] string CorrelationKey,
    [property: Id(1)] string Type,
    [property: Id(2)] string Title,
    [property: Id(3)] AlarmArea Area,
    [property: Id(4)] DateTimeOffset At,
    [property: Id(5)] string? TitleCode = null,
    [property: Id(6)] IReadOnlyList<string>? TitleArgs = null,
    [property: Id(7)] IReadOnlyList<IncidentLink>? Links = null,
    [property: Id(8)] bool Standalone = false);

/// <summary>The queue's answer: the incident id and what to open it with (opening an open incident is a no-op).</summary>
/// <param name="Correlated">True when it joined an incident of another key by place and time.</param>
[GenerateSerializer, Immutable, Alias("ambon.incidents.IncidentReservation")]
public sealed record IncidentReservation(
    [property: Id(0)] string Id,
    [property: Id(1)] IncidentOpening Opening,
    [property: Id(2)] bool Correlated);

/// <summary>What the queue hands an incident grain when it opens it.</summary>
[GenerateSerializer, Immutable, Alias("ambon.incidents.IncidentOpening")]
public sealed record IncidentOpening(
    [property: Id(0)] string CorrelationKey,
    [property: Id(1)] string Title,
    [property: Id(2)] AlarmArea Area,
    [property: Id(3)] DateTimeOffset At,
    [property: Id(4)] string? TitleCode = null,
    [property: Id(5)] IReadOnlyList<string>? TitleArgs = null,
    [property: Id(6)] string? Type = null,
    [property: Id(7)] IReadOnlyList<IncidentLink>? Links = null);
