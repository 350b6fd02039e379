using AmbonCC.City;
using AmbonCC.RiverGauges;
using AmbonCC.Warnings.Cap;

namespace AmbonCC.Warnings;

[GenerateSerializer, Alias("AmbonCC.Warnings.WarningState")]
public enum WarningState
{
    /// <summary>Waiting for a Supervisor to approve the first alert.</summary>
    Draft,
    Active,
    Cancelled,

    /// <summary>The draft was rejected or withdrawn before anything was published.</summary>
    Withdrawn,
}

[GenerateSerializer, Alias("AmbonCC.Warnings.DeliveryState")]
public enum DeliveryState
{
    Queued,
    Sent,
    Delivered,
    Acknowledged,
    Failed,

    /// <summary>The recipient has no address to send to (the Supervisor on duty sees it on screen): never queued.</summary>
    NoChannel,
}

/// <summary>What a river's warning desk knows: the worst gauge now and whether the whole river is normal.</summary>
[GenerateSerializer, Immutable, Alias("AmbonCC.Warnings.RiverSituation")]
public sealed record RiverSituation(
    [property: Id(0)] string RiverName,
    [property: Id(1)] GaugeStatus Worst,
    [property: Id(2)] GaugeProfile WorstProfile,
    [property: Id(3)] bool AllNormal,
    [property: Id(4)] FloodTrend Trend);

/// <summary>One published CAP message of a warning (Alert, Update or Cancel).</summary>
[GenerateSerializer, Immutable, Alias("AmbonCC.Warnings.CapMessageView")]
public sealed record CapMessageView(
    [property: Id(0)] int Number,
    [property: Id(1)] CapMsgType MsgType,
    [property: Id(2)] string Identifier,
    [property: Id(3)] DateTimeOffset Sent,
    [property: Id(4)] SiagaLevel Level,
    [property: Id(5)] double LevelCm,
    [property: Id(6)] string Headline,
    [property: Id(7)] string ApprovedBy);

/// <summary>A message the system proposes and a Supervisor approves (unless the gauge issues automatically).</summary>
[GenerateSerializer, Immutable, Alias("AmbonCC.Warnings.ProposalView")]
public sealed record ProposalView(
    [property: Id(0)] CapMsgType MsgType,
    [property: Id(1)] SiagaLevel Level,
    [property: Id(2)] double LevelCm,
    [property: Id(3)] FloodTrend Trend,
    [property: Id(4)] DateTimeOffset ProposedAt,
    [property: Id(5)] string Headline,
    [property: Id(6)] string Description,
    [property: Id(7)] string Instruction);

/// <summary>One recipient of a warning and where its message is.</summary>
/// <param name="Role">bpbd, rt, lurah, social or supervisor.</param>
[GenerateSerializer, Immutable, Alias("AmbonCC.Warnings.RecipientDeliveryView")]
public sealed record RecipientDeliveryView(
    [property: Id(0)] string RecipientId,
    [property: Id(1)] string Name,
    [property: Id(2)] string Role,
    [property: Id(3)] string? KelurahanCode,
    [property: Id(4)] string Channel,
    [property: Id(5)] string Address,
    [property: Id(6)] DeliveryState State,
    [property: Id(7)] DateTimeOffset QueuedAt,
    [property: Id(8)] DateTimeOffset? SentAt,
    [property: Id(9)] DateTimeOffset? DeliveredAt,
    [property: Id(10)] DateTimeOffset? AcknowledgedAt,
    [property: Id(11)] string? EscalatedFrom,
    [property: Id(12)] bool Escalated,
    [property: Id(13)] string? LastError);

/// <summary>One line of a warning's timeline.</summary>
/// <param name="Text">The finished sentence of an entry written before codes existed; empty when coded.</param>
/// <param name="Code">What happened, one of <see cref="WarningNotes"/>, rendered in the reader's language with <paramref name="Args"/>.</param>
[GenerateSerializer, Immutable, Alias("AmbonCC.Warnings.WarningTimelineEntry")]
public sealed record WarningTimelineEntry(
    [property: Id(0)] DateTimeOffset At,
    [property: Id(1)] string Text,
    [property: Id(2)] string Actor,
    [property: Id(3)] string? Code = null,
    [property: Id(4)] IReadOnlyList<string>? Args = null);

[GenerateSerializer, Immutable, Alias("AmbonCC.Warnings.WarningView")]
public sealed record WarningView(
    [property: Id(0)] string Id,
    [property: Id(1)] string RiverName,
    [property: Id(2)] string GaugeCode,
    [property: Id(3)] WarningState State,
    [property: Id(4)] bool AutoIssue,
    [property: Id(5)] IReadOnlyList<CapMessageView> Messages,
    [property: Id(6)] ProposalView? Pending,
    [property: Id(7)] IReadOnlyList<RecipientDeliveryView> Recipients,
    [property: Id(8)] IReadOnlyList<WarningTimelineEntry> Timeline,
    [property: Id(9)] DateTimeOffset OpenedAt,
    [property: Id(10)] SiagaLevel Level,
    [property: Id(11)] string? IncidentId);

/// <summary>A gateway's report on one message: delivered or failed.</summary>
[GenerateSerializer, Immutable, Alias("AmbonCC.Warnings.DeliveryReceipt")]
public sealed record DeliveryReceipt(
    [property: Id(0)] string MessageId,
    [property: Id(1)] string RecipientId,
    [property: Id(2)] bool Delivered,
    [property: Id(3)] DateTimeOffset At,
    [property: Id(4)] string? Error);

[GenerateSerializer, Immutable, Alias("AmbonCC.Warnings.WarningSummary")]
public sealed record WarningSummary(
    [property: Id(0)] string Id,
    [property: Id(1)] string RiverName,
    [property: Id(2)] WarningState State,
    [property: Id(3)] SiagaLevel Level,
    [property: Id(4)] string Headline,
    [property: Id(5)] DateTimeOffset UpdatedAt,
    [property: Id(6)] int Recipients,
    [property: Id(7)] int Acknowledged,
    [property: Id(8)] bool PendingApproval);
