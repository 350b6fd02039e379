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
    [property: JsonPropertyName("payload")] OutboundMessage? Payload);

/// <summary>A delivery receipt as <c>POST /api/v1/warnings/{id}/receipts</c> takes it.</summary>
internal sealed record DeliveryReceipt(
    [property: JsonPropertyName("messageId")] string MessageId,
    [property: JsonPropertyName("recipientId")] string RecipientId,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("at")] DateTimeOffset At);
