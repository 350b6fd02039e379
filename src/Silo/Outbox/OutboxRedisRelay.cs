using AmbonCC.Platform.Outbox;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AmbonCC.Silo.Outbox;

/// <summary>
/// Production: moves due outbox rows into the Redis Stream. Every silo may run one; a row pushed twice is
/// harmless because a worker claims the row in the table before it sends.
/// </summary>
internal sealed class OutboxRedisRelay(
    OutboxDeliveryStore store, RedisOutboxTransport transport, OutboxSignal signal, IOptions<OutboxOptions> options,
    TimeProvider time, ILogger<OutboxRedisRelay> logger) : BackgroundService
{
    private const int MaxPerRound = 500;

    /// <summary>Pushes one round of due rows; returns how many. Public so that tests can drive it step by step.</summary>
    public async Task<int> RelayOnceAsync(CancellationToken cancellationToken)
    {
        var ids = await store.ListForRelayAsync(MaxPerRound, options.Value.RelayStaleAfter, cancellationToken);
        if (ids.Count == 0)
        {
            return 0;
        }

        // Stream first, then the mark: a crash in between only causes a duplicate entry, never a lost one.
        await transport.PublishAsync(ids);
        await store.MarkRelayedAsync(ids, cancellationToken);
        return ids.Count;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await RelayOnceAsync(stoppingToken) == MaxPerRound)
                {
                    continue;
                }
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(ex, "Outbox relay round failed; retrying after the poll interval");
            }

            await signal.WaitAsync(options.Value.PollInterval, time, stoppingToken);
        }
    }
}
