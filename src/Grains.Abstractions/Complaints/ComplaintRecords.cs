using System.Collections.Immutable;

namespace AmbonCC.Complaints;

/// <summary>The reporter's identity: personal data, shown only to the center's desk roles and audited when shown.</summary>
[GenerateSerializer, Immutable, Alias("ambon.complaints.Reporter")]
public sealed record ComplaintReporter(
    [property: Id(0)] string? Name,
    [property: Id(1)] string? Phone,
    [property: Id(2)] string? Email);

/// <summary>Where the complaint is about: a point, an address, or both, and the kelurahan when known.</summary>
[GenerateSerializer, Immutable, Alias("ambon.complaints.Location")]
public sealed record ComplaintLocation(
    [property: Id(0)] double? Latitude,
    [property: Id(1)] double? Longitude,
    [property: Id(2)] string? Address,
    [property: Id(3)] string? KelurahanCode)
{
    public static readonly ComplaintLocation Unknown = new(null, null, null, null);

    public bool HasPoint => Latitude is not null && Longitude is not null;
}

/// <summary>A new complaint as a channel hands it over.</summary>
/// <param name="SourceSite">The website or account it came from (the OPD site of a chat widget, a gateway name).</param>
/// <param name="ExternalRef">The channel's own id (Open311 token, chat session, social message), for idempotent intake.</param>
[GenerateSerializer, Immutable, Alias("ambon.complaints.Submission")]
public sealed record ComplaintSubmission(
    [property: Id(0)] ComplaintChannel Channel,
    [property: Id(1)] string Category,
    [property: Id(2)] string Description,
    [property: Id(3)] ComplaintLocation Location,
    [property: Id(4)] ComplaintReporter? Reporter,
    [property: Id(5)] bool Anonymous,
    [property: Id(6)] bool Confidential,
    [property: Id(7)] string? SourceSite = null,
    [property: Id(8)] string? ExternalRef = null);

/// <summary>One audited step: who did what, from which status to which, and why.</summary>
[GenerateSerializer, Immutable, Alias("ambon.complaints.HistoryEntry")]
public sealed record ComplaintHistoryEntry(
    [property: Id(0)] DateTimeOffset At,
    [property: Id(1)] string Actor,
    [property: Id(2)] string Action,
    [property: Id(3)] ComplaintStatus From,
    [property: Id(4)] ComplaintStatus To,
    [property: Id(5)] string? Note,
    [property: Id(6)] string? ComplaintId = null);

[GenerateSerializer, Immutable, Alias("ambon.complaints.ChatLine")]
public sealed record ChatLine(
    [property: Id(0)] DateTimeOffset At,
    [property: Id(1)] ChatSide Side,
    [property: Id(2)] string Author,
    [property: Id(3)] string Text);

[GenerateSerializer, Immutable, Alias("ambon.complaints.Deadline")]
public sealed record ComplaintDeadline(
    [property: Id(0)] DeadlineKind Kind,
    [property: Id(1)] DateTimeOffset DueAt,
    [property: Id(2)] bool Overdue);

/// <summary>A complaint as a reader may see it; <see cref="Reporter"/> is null when the reader may not see the identity.</summary>
[GenerateSerializer, Immutable, Alias("ambon.complaints.View")]
public sealed record ComplaintView(
    [property: Id(0)] string Id,
    [property: Id(1)] ComplaintStatus Status,
    [property: Id(2)] ComplaintChannel Channel,
    [property: Id(3)] string Category,
    [property: Id(4)] string Description,
    [property: Id(5)] ComplaintLocation Location,
    [property: Id(6)] ComplaintReporter? Reporter,
    [property: Id(7)] bool Anonymous,
    [property: Id(8)] bool Confidential,
    [property: Id(9)] string? OpdCode,
    [property: Id(10)] string? FollowUp,
    [property: Id(11)] string? Response,
    [property: Id(12)] bool? ReporterSatisfied,
    [property: Id(13)] ComplaintDeadline? Deadline,
    [property: Id(14)] DateTimeOffset ReceivedAt,
    [property: Id(15)] DateTimeOffset UpdatedAt,
    [property: Id(16)] ImmutableArray<ComplaintHistoryEntry> History,
    [property: Id(17)] ImmutableArray<ChatLine> Conversation,
    [property: Id(18)] string? SourceSite,
    [property: Id(19)] string? MergedInto,
    [property: Id(20)] ImmutableArray<string> MergedFrom,
    [property: Id(21)] string PublicToken,
    [property: Id(22)] ImmutableArray<ComplaintAttachment> Attachments = default,
    [property: Id(23)] ImmutableArray<string> IncidentIds = default);

/// <summary>What the city index keeps of a complaint: never the reporter's identity.</summary>
[GenerateSerializer, Immutable, Alias("ambon.complaints.Summary")]
public sealed record ComplaintSummary(
    [property: Id(0)] string Id,
    [property: Id(1)] ComplaintStatus Status,
    [property: Id(2)] ComplaintChannel Channel,
    [property: Id(3)] string Category,
    [property: Id(4)] string Title,
    [property: Id(5)] double? Latitude,
    [property: Id(6)] double? Longitude,
    [property: Id(7)] string? KelurahanCode,
    [property: Id(8)] string? OpdCode,
    [property: Id(9)] DateTimeOffset ReceivedAt,
    [property: Id(10)] DateTimeOffset UpdatedAt,
    [property: Id(11)] ComplaintDeadline? Deadline,
    [property: Id(12)] bool Confidential,
    [property: Id(13)] long Version)
{
    /// <summary>Still needs work from the center or an OPD.</summary>
    public bool IsOpen => Status is not (ComplaintStatus.Closed or ComplaintStatus.Archived or ComplaintStatus.NotOurAuthority or ComplaintStatus.Merged);
}

/// <summary>Who reads a complaint, and whether they may see the reporter's identity (each such view is audited).</summary>
[GenerateSerializer, Immutable, Alias("ambon.complaints.Reader")]
public sealed record ComplaintReader(
    [property: Id(0)] string Actor,
    [property: Id(1)] ReaderKind Kind,
    [property: Id(2)] string? OpdCode = null);

public enum ReaderKind
{
    /// <summary>Operator, Supervisor, Admin: identity shown, and the view audited.</summary>
    Desk,

    /// <summary>OPD staff or an OPD key: identity only when neither anonymous nor confidential.</summary>
    Opd,

    /// <summary>Public, Open311, live events: never the identity.</summary>
    Public,
}

/// <summary>A filter on the city index.</summary>
[GenerateSerializer, Immutable, Alias("ambon.complaints.Filter")]
public sealed record ComplaintFilter(
    [property: Id(0)] ComplaintStatus? Status = null,
    [property: Id(1)] string? Category = null,
    [property: Id(2)] string? OpdCode = null,
    [property: Id(3)] string? KelurahanCode = null,
    [property: Id(4)] bool? Overdue = null,
    [property: Id(5)] bool? Open = null,
    [property: Id(6)] DateTimeOffset? Since = null,
    [property: Id(7)] int Limit = 100,
    [property: Id(8)] int Offset = 0);

/// <summary>
/// A change on the complaints live stream: the complaint's new index row (<see cref="ComplaintSummary"/>: never the
/// reporter's identity), which the inbox applies as it is and an OPD's inbox filters by its OPD.
/// </summary>
[GenerateSerializer, Immutable, Alias("ambon.complaints.LiveChange")]
public sealed record ComplaintChange(
    [property: Id(0)] string ComplaintId,
    [property: Id(1)] string Kind,
    [property: Id(2)] ComplaintStatus Status,
    [property: Id(3)] DateTimeOffset At,
    [property: Id(4)] ComplaintSummary? Summary = null) : Live.IComplaintEvent
{
    public string SubjectId => ComplaintId;
}

/// <summary>A complaint brought in with its own dates (the demo seed, the LAPOR! exchange): the clock runs from them.</summary>
[GenerateSerializer, Immutable, Alias("ambon.complaints.Import")]
public sealed record ComplaintImport(
    [property: Id(0)] ComplaintSubmission Submission,
    [property: Id(1)] DateTimeOffset ReceivedAt,
    [property: Id(2)] ComplaintStatus Status,
    [property: Id(3)] DateTimeOffset StatusSince,
    [property: Id(4)] string? OpdCode,
    [property: Id(5)] string Actor,
    [property: Id(6)] string? Note = null);
