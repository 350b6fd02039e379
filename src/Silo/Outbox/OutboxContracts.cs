namespace AmbonCC.Silo.Outbox;

/// <summary>Where a message is in its life. Stored as lower-case text.</summary>
public enum OutboxStatus
{
    Queued,
    Sending,
    Sent,

    /// <summary>The channel refused it for good (for example an unknown recipient): retrying cannot help.</summary>
    Failed,

    /// <summary>It kept failing for the configured number of attempts; an operator decides.</summary>
    Parked,
}

/// <summary>A message to send. <paramref name="IdempotencyKey"/> identifies it: enqueuing the same key twice stores it once.</summary>
/// <param name="Channel">whatsapp, sms, telegram, social, webhook, ...</param>
/// <param name="Recipient">Address or recipient id the channel understands.</param>
/// <param name="Payload">Body, usually JSON.</param>
/// <param name="IdempotencyKey">For example "warning/{id}/recipient/{id}/whatsapp".</param>
/// <param name="Correlation">What the sender wants back with each outcome, for example "{warningId}/{recipientId}".</param>
public sealed record OutboxMessage(string Channel, string Recipient, string Payload, string IdempotencyKey, string? Correlation = null);

/// <summary>A stored message with its delivery state.</summary>
public sealed record OutboxRecord(
    long Id, string IdempotencyKey, string Channel, string Recipient, string Payload, string? Correlation,
    OutboxStatus Status, int Attempts, DateTimeOffset NextAttemptAt, string? LastError,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);

/// <summary>The stored id of an enqueued message and whether this call created it.</summary>
public sealed record OutboxEnqueueResult(long Id, string IdempotencyKey, bool Created);

/// <summary>The durable outbox: what producers write to and operators look at.</summary>
public interface IOutbox
{
    /// <summary>Stores the messages (one transaction) and returns once they are durable. Known keys are left as they are.</summary>
    Task<IReadOnlyList<OutboxEnqueueResult>> EnqueueAsync(IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken = default);

    /// <summary>Messages in one status, oldest first (operators: parked and failed).</summary>
    Task<IReadOnlyList<OutboxRecord>> ListAsync(OutboxStatus status, int limit = 100, CancellationToken cancellationToken = default);

    Task<OutboxRecord?> GetAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>Operator action: sends a parked or failed message again from attempt zero. False when it is not parked or failed.</summary>
    Task<bool> RequeueAsync(long id, CancellationToken cancellationToken = default);
}

/// <summary>What a channel did with one message.</summary>
public enum DeliveryStatus
{
    Sent,
    TransientFailure,
    PermanentFailure,
}

/// <summary>The result of one delivery attempt.</summary>
public sealed record DeliveryResult(DeliveryStatus Status, string? Error = null)
{
    public static DeliveryResult Sent { get; } = new(DeliveryStatus.Sent);

    public static DeliveryResult Retry(string error) => new(DeliveryStatus.TransientFailure, error);

    public static DeliveryResult Reject(string error) => new(DeliveryStatus.PermanentFailure, error);
}

/// <summary>Hands one message to the outside world (a gateway, an API). Must be safe to call twice for one message.</summary>
public interface IChannelSender
{
    Task<DeliveryResult> SendAsync(OutboxRecord message, CancellationToken cancellationToken);
}

/// <summary>One delivery attempt's outcome as recorded in the table.</summary>
/// <param name="Status">Sent, Queued (a retry is scheduled at <paramref name="NextAttemptAt"/>), Failed or Parked.</param>
public sealed record OutboxDeliveryReport(OutboxRecord Message, OutboxStatus Status, int Attempts, string? Error, DateTimeOffset? NextAttemptAt);

/// <summary>Told about every recorded delivery outcome (for example to update per-recipient state in grains).</summary>
public interface IOutboxObserver
{
    /// <summary>Called after the outcome is durable. A throw is logged and does not undo the outcome.</summary>
    Task OnDeliveryOutcomeAsync(OutboxDeliveryReport report, CancellationToken cancellationToken);
}

/// <summary>A message claimed for this consumer, plus what the transport needs to acknowledge it.</summary>
public sealed record OutboxDelivery(OutboxRecord Message, string? TransportId);

/// <summary>How claimed work reaches a worker: polling the table (Embedded) or a Redis Stream consumer group (Production).</summary>
public interface IOutboxTransport
{
    /// <summary>Up to <paramref name="maxCount"/> messages due now, each already claimed in the table for the lease.</summary>
    Task<IReadOnlyList<OutboxDelivery>> ReceiveAsync(string consumer, int maxCount, CancellationToken cancellationToken);

    /// <summary>Called after the outcome of a delivery is recorded in the table.</summary>
    Task AcknowledgeAsync(OutboxDelivery delivery, CancellationToken cancellationToken);
}
