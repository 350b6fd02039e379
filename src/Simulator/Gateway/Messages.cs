using System.Text.Json.Serialization;

namespace AmbonCC.Simulator.Gateway;

/// <summary>What the server's outbox worker posts to the gateway webhook for each outbound message.</summary>
internal sealed record OutboundMessage(
    [property: JsonPropertyName("messageId")] string? MessageId,
    [property: JsonPropertyName("warningId")] string? WarningId,
    [property: JsonPropertyName("recipientId")] string? RecipientId,
    [property: JsonPropertyName("channel")] string? Channel,
    [property: JsonPropertyName("to")] string? To,
    [property: JsonPropertyName("text")] string? Text,
    [property: JsonPropertyName("ackUrl")] string? AckUrl)
{
    /// <summary>A reply to a social-media reporter (channel <c>social</c>): the network and account it goes to.</summary>
    [JsonPropertyName("network")]
    public string? Network { get; init; }

    [JsonPropertyName("account")]
    public string? Account { get; init; }

    /// <summary>Set on a complaint's overdue escalation (to the Supervisor or an OPD head), not on a warning.</summary>
    [JsonPropertyName("complaintId")]
    public string? ComplaintId { get; init; }

    /// <summary>The field a usable message lacks, or null when it has all we need to play it.</summary>
    public string? MissingField =>
        string.IsNullOrWhiteSpace(MessageId) ? "messageId"
        : string.IsNullOrWhiteSpace(WarningId) ? "warningId"
        : string.IsNullOrWhiteSpace(RecipientId) ? "recipientId"
        : null;
}

/// <summary>The outbox worker's envelope around one message; the gateway needs only the payload.</summary>
internal sealed record OutboxEnvelope(
    [property: JsonPropertyName("channel")] string? Channel,
    [property: JsonPropertyName("attempt")] int Attempt,
    [property: JsonPropertyName("payload")] OutboundMessage? Payload)
{
    /// <summary>The same for every redelivery of one message.</summary>
    [JsonPropertyName("idempotencyKey")]
    public string? IdempotencyKey { get; init; }
}

/// <summary>A delivery receipt as <c>POST /api/v1/warnings/{id}/receipts</c> takes it.</summary>
internal sealed record DeliveryReceipt(
    [property: JsonPropertyName("messageId")] string MessageId,
    [property: JsonPropertyName("recipientId")] string RecipientId,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("at")] DateTimeOffset At);
