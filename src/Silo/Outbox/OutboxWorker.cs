using AmbonCC.Platform.Outbox;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AmbonCC.Silo.Outbox;

/// <summary>
/// Delivers outbox messages: receives claimed messages from the transport, sends each through the
/// <see cref="IChannelSender"/>, records the outcome (sent, retry with backoff, parked, failed), acknowledges
/// it to the transport and tells every <see cref="IOutboxObserver"/>.
/// </summary>
internal sealed class OutboxWorker(
    IOutboxTransport transport, OutboxDeliveryStore store, IChannelSender sender, IEnumerable<IOutboxObserver> observers,
    OutboxSignal signal, IOptions<OutboxOptions> options, TimeProvider time, ILogger<OutboxWorker> logger) : BackgroundService
{
    private readonly OutboxOptions settings = options.Value;
    private readonly IOutboxObserver[] observerList = [.. observers];

    /// <summary>This worker's consumer name (claims, consumer group).</summary>
    public string ConsumerName { get; init; } = options.Value.ConsumerName;

    private int failedRounds;
    private int failingSince;

    /// <summary>Rounds that failed (a store down, a lost consumer group) since the worker started.</summary>
    public int FailedRounds => Volatile.Read(ref failedRounds);

    /// <summary>True while the latest round failed: what readiness reports as the outbox being down.</summary>
    public bool Failing => Volatile.Read(ref failingSince) != 0;

    /// <summary>Runs one round; returns how many messages it handled. Public so that tests can drive it step by step.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        IReadOnlyList<OutboxDelivery> deliveries;
        try
        {
            deliveries = await transport.ReceiveAsync(ConsumerName, settings.BatchSize, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            Interlocked.Increment(ref failedRounds);
            Volatile.Write(ref failingSince, 1);
            throw;
        }

        Volatile.Write(ref failingSince, 0);
        // One round's messages go out concurrently: one slow gateway call must not hold up the rest.
        await Task.WhenAll(deliveries.Select(d => DeliverAsync(d, cancellationToken)));
        return deliveries.Count;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await RunOnceAsync(stoppingToken) > 0)
                {
                    continue;
                }
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(ex, "Outbox worker round failed; retrying after the poll interval");
            }

            await signal.WaitAsync(settings.PollInterval, time, stoppingToken);
        }
    }

    private async Task DeliverAsync(OutboxDelivery delivery, CancellationToken cancellationToken)
    {
        var message = delivery.Message;
        // Attempts count claims, so a message that keeps killing its worker still ends up parked.
        var result = message.Attempts > settings.MaxAttempts
            ? DeliveryResult.Retry("Claimed more often than MaxAttempts; a worker died while sending it.")
            : await SendAsync(message, cancellationToken);
        var report = await store.RecordAsync(message, ConsumerName, result, settings.MaxAttempts,
            settings.RetryBaseDelay, settings.RetryMaxDelay, cancellationToken);
        try
        {
            await transport.AcknowledgeAsync(delivery, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The table holds the outcome; an unacknowledged entry is claimed later and found done. The observers
            // must still hear of it, or a sent message would stay "queued" for its recipient.
            logger.LogInformation("Outbox message {Id}: acknowledging the transport failed ({Error})", message.Id, ex.Message);
        }

        if (report is null)
        {
            logger.LogInformation("Outbox message {Id}: claim was taken over before its outcome was recorded", message.Id);
            return;
        }

        if (report.Status is OutboxStatus.Parked or OutboxStatus.Failed)
        {
            logger.LogWarning("Outbox message {Id} ({Channel}) {Status} after {Attempts} attempts: {Error}",
                message.Id, message.Channel, report.Status, report.Attempts, report.Error);
        }

        foreach (var observer in observerList)
        {
            try
            {
                await observer.OnDeliveryOutcomeAsync(report, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Outbox observer {Observer} failed for message {Id}", observer.GetType().Name, message.Id);
            }
        }
    }

    private async Task<DeliveryResult> SendAsync(OutboxRecord message, CancellationToken cancellationToken)
    {
        try
        {
            return await sender.SendAsync(message, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return DeliveryResult.Retry(ex.GetType().Name + ": " + ex.Message);
        }
    }
}
