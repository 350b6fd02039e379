using AmbonCC.Platform.Outbox;

namespace AmbonCC.Silo.Outbox;

/// <summary>What a channel did with one message.</summary>
internal enum DeliveryStatus
{
    Sent,
    TransientFailure,
    PermanentFailure,
}

/// <summary>The result of one delivery attempt.</summary>
internal sealed record DeliveryResult(DeliveryStatus Status, string? Error = null)
{
    public static DeliveryResult Sent { get; } = new(DeliveryStatus.Sent);

    public static DeliveryResult Retry(string error) => new(DeliveryStatus.TransientFailure, error);

    public static DeliveryResult Reject(string error) => new(DeliveryStatus.PermanentFailure, error);
}

/// <summary>Hands one message to the outside world (a gateway, an API). Must be safe to call twice for one message.</summary>
internal interface IChannelSender
{
    Task<DeliveryResult> SendAsync(OutboxRecord message, CancellationToken cancellationToken);
}

/// <summary>One delivery attempt's outcome as recorded in the table.</summary>
/// <param name="Status">Sent, Queued (a retry is scheduled at <paramref name="NextAttemptAt"/>), Failed or Parked.</param>
internal sealed record OutboxDeliveryReport(OutboxRecord Message, OutboxStatus Status, int Attempts, string? Error, DateTimeOffset? NextAttemptAt);

/// <summary>Told about every recorded delivery outcome (for example to update per-recipient state in grains).</summary>
internal interface IOutboxObserver
{
    /// <summary>Called after the outcome is durable. A throw is logged and does not undo the outcome.</summary>
    Task OnDeliveryOutcomeAsync(OutboxDeliveryReport report, CancellationToken cancellationToken);
}

/// <summary>A message claimed for this consumer, plus what the transport needs to acknowledge it.</summary>
internal sealed record OutboxDelivery(OutboxRecord Message, string? TransportId);

/// <summary>How claimed work reaches a worker: polling the table (Embedded) or a Redis Stream consumer group (Production).</summary>
internal interface IOutboxTransport
{
    /// <summary>Up to <paramref name="maxCount"/> messages due now, each already claimed in the table for the lease.</summary>
    Task<IReadOnlyList<OutboxDelivery>> ReceiveAsync(string consumer, int maxCount, CancellationToken cancellationToken);

    /// <summary>Called after the outcome of a delivery is recorded in the table.</summary>
    Task AcknowledgeAsync(OutboxDelivery delivery, CancellationToken cancellationToken);
}

/// <summary>
/// A module's receiver of the outcomes of its own messages: the outbox routes each outcome by
/// <see cref="OutboxCorrelation.Kind"/> to the one handler of that kind (register with <c>AddOutboxHandler</c>).
/// </summary>
internal interface IOutboxHandler
{
    string Kind { get; }

    Task OnOutcomeAsync(OutboxCorrelation correlation, OutboxDeliveryReport report, CancellationToken cancellationToken);
}

/// <summary>Routes outcomes to the handler their correlation names; messages without one, or of an unknown kind, go nowhere.</summary>
internal sealed class OutboxHandlerRouter(IEnumerable<IOutboxHandler> handlers) : IOutboxObserver
{
    private readonly Dictionary<string, IOutboxHandler> byKind = handlers.ToDictionary(h => h.Kind, StringComparer.Ordinal);

    public Task OnDeliveryOutcomeAsync(OutboxDeliveryReport report, CancellationToken cancellationToken) =>
        report.Message.Correlation is { } correlation && byKind.TryGetValue(correlation.Kind, out var handler)
            ? handler.OnOutcomeAsync(correlation, report, cancellationToken)
            : Task.CompletedTask;
}
