using AmbonCC.City;
using AmbonCC.RiverGauges;

namespace AmbonCC.Warnings;

[GenerateSerializer, Alias("AmbonCC.Warnings.FloodWarningState")]
internal sealed class FloodWarningState
{
    [Id(0)] public WarningState State { get; set; }
    [Id(1)] public string RiverName { get; set; } = "";
    [Id(2)] public GaugeProfile? Profile { get; set; }
    [Id(3)] public bool AutoIssue { get; set; }
    [Id(4)] public DateTimeOffset OpenedAt { get; set; }
    [Id(5)] public List<PublishedMessage> Messages { get; set; } = [];
    [Id(6)] public PendingProposal? Pending { get; set; }
    [Id(7)] public Dictionary<string, RecipientDelivery> Recipients { get; set; } = [];
    [Id(8)] public List<WarningTimelineEntry> Timeline { get; set; } = [];
    [Id(9)] public string? IncidentId { get; set; }
    [Id(10)] public RiverSituation? LastSituation { get; set; }
}

[GenerateSerializer, Alias("AmbonCC.Warnings.PublishedMessage")]
internal sealed class PublishedMessage
{
    [Id(0)] public CapMessageView View { get; set; } = default!;
    [Id(1)] public string Xml { get; set; } = "";
    [Id(2)] public ProposalView Text { get; set; } = default!;
}

[GenerateSerializer, Alias("AmbonCC.Warnings.PendingProposal")]
internal sealed class PendingProposal
{
    [Id(0)] public FloodWarningFacts Facts { get; set; } = default!;
    [Id(1)] public ProposalView View { get; set; } = default!;
}

[GenerateSerializer, Alias("AmbonCC.Warnings.RecipientDelivery")]
internal sealed class RecipientDelivery
{
    [Id(0)] public string RecipientId { get; set; } = "";
    [Id(1)] public string Name { get; set; } = "";
    [Id(2)] public string Role { get; set; } = "";
    [Id(3)] public string? KelurahanCode { get; set; }
    [Id(4)] public string Channel { get; set; } = "";
    [Id(5)] public string Address { get; set; } = "";
    [Id(6)] public DeliveryState State { get; set; }
    [Id(7)] public DateTimeOffset QueuedAt { get; set; }
    [Id(8)] public DateTimeOffset? SentAt { get; set; }
    [Id(9)] public DateTimeOffset? DeliveredAt { get; set; }
    [Id(10)] public DateTimeOffset? AcknowledgedAt { get; set; }
    [Id(11)] public string? EscalatedFrom { get; set; }
    [Id(12)] public bool Escalated { get; set; }
    [Id(13)] public string? LastError { get; set; }
    [Id(14)] public string AckToken { get; set; } = "";
    [Id(15)] public string? LastMessageId { get; set; }
    [Id(16)] public double? Latitude { get; set; }
    [Id(17)] public double? Longitude { get; set; }

    public RecipientDeliveryView ToView() => new(RecipientId, Name, Role, KelurahanCode, Channel, Address, State, QueuedAt, SentAt,
        DeliveredAt, AcknowledgedAt, EscalatedFrom, Escalated, LastError);
}
