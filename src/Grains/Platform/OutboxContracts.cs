namespace AmbonCC.Platform.Outbox;

// What producers (grains) need of the durable outbox; delivery lives in src/Silo/Outbox.

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

/// <summary>
/// Who wants a message's outcomes back: <paramref name="Kind"/> picks the module's outbox handler ("warning"),
/// <paramref name="Id"/> its grain, <paramref name="Item"/> the thing within it (a message id). Stored as JSON.
/// </summary>
public sealed record OutboxCorrelation(string Kind, string Id, string Item);

/// <summary>A message to send. <paramref name="IdempotencyKey"/> identifies it: enqueuing the same key twice stores it once.</summary>
/// <param name="Channel">whatsapp, sms, telegram, social, webhook, ...</param>
/// <param name="Recipient">Address or recipient id the channel understands.</param>
/// <param name="Payload">Body, usually JSON.</param>
/// <param name="IdempotencyKey">For example "warning/{id}/recipient/{id}/whatsapp".</param>
/// <param name="Correlation">What the sender wants back with each outcome; routes the outcome to its module's handler.</param>
public sealed record OutboxMessage(string Channel, string Recipient, string Payload, string IdempotencyKey, OutboxCorrelation? Correlation = null);

/// <summary>A stored message with its delivery state.</summary>
public sealed record OutboxRecord(
    long Id, string IdempotencyKey, string Channel, string Recipient, string Payload, OutboxCorrelation? Correlation,
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
