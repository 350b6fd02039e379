using AmbonCC.Platform.Outbox;
using System.Globalization;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace AmbonCC.Silo.Outbox;

/// <summary>
/// Production transport: <see cref="OutboxRedisRelay"/> pushes row ids to a Redis Stream; workers read it
/// through one consumer group (XREADGROUP), claim the row in the table, deliver, record, then XACK. Entries a
/// dead consumer left pending are taken over with XAUTOCLAIM once idle longer than the lease. The table stays
/// the source of truth: a stream entry whose row cannot be claimed (done, or another worker's) is just acked.
/// </summary>
internal sealed class RedisOutboxTransport(IConnectionMultiplexer redis, OutboxDeliveryStore store, IOptions<OutboxOptions> options, TimeProvider time)
    : IOutboxTransport
{
    private readonly OutboxOptions settings = options.Value;
    private readonly SemaphoreSlim groupCreated = new(1, 1);
    private bool groupExists;
    private int groupsRecreated;
    private RedisValue autoClaimCursor = "0-0";
    private DateTimeOffset nextAutoClaim = DateTimeOffset.MinValue;

    private IDatabase Db => redis.GetDatabase();

    /// <summary>How often the consumer group was found missing (Redis restarted empty) and created again.</summary>
    public int GroupsRecreated => Volatile.Read(ref groupsRecreated);

    public async Task<IReadOnlyList<OutboxDelivery>> ReceiveAsync(string consumer, int maxCount, CancellationToken cancellationToken)
    {
        await EnsureGroupAsync(settings.StreamKey, settings.ConsumerGroup, Db);
        List<StreamEntry> entries;
        try
        {
            entries = await ReadEntriesAsync(consumer, maxCount);
        }
        catch (RedisServerException ex) when (ex.Message.StartsWith("NOGROUP", StringComparison.Ordinal))
        {
            await RecoverLostStreamAsync(cancellationToken);
            entries = await ReadEntriesAsync(consumer, maxCount);
        }

        var deliveries = new List<OutboxDelivery>();
        foreach (var entry in entries)
        {
            var record = long.TryParse((string?)entry["id"], NumberStyles.None, CultureInfo.InvariantCulture, out var id)
                ? await store.TryClaimAsync(id, consumer, settings.Lease, cancellationToken)
                : null;
            if (record is null)
            {
                await AckAsync(entry.Id);
                continue;
            }

            deliveries.Add(new OutboxDelivery(record, entry.Id.ToString()));
        }

        return deliveries;
    }

    /// <summary>
    /// Redis came back without the stream (restarted without persistence): create the group again and have the
    /// relay push every unfinished message again, since the entries that named them are gone. Duplicates are
    /// harmless: a worker claims the row in the table before it sends.
    /// </summary>
    private async Task RecoverLostStreamAsync(CancellationToken cancellationToken)
    {
        groupExists = false;
        autoClaimCursor = "0-0";
        await EnsureGroupAsync(settings.StreamKey, settings.ConsumerGroup, Db);
        await store.ResetRelayedAsync(cancellationToken);
        Interlocked.Increment(ref groupsRecreated);
    }

    private async Task<List<StreamEntry>> ReadEntriesAsync(string consumer, int maxCount)
    {
        var entries = new List<StreamEntry>();
        if (time.GetUtcNow() >= nextAutoClaim)
        {
            // Pending entries idle longer than the lease belong to a consumer that died or hung: take them over.
            var claimed = await Db.StreamAutoClaimAsync(settings.StreamKey, settings.ConsumerGroup, consumer,
                (long)settings.Lease.TotalMilliseconds, autoClaimCursor, maxCount);
            autoClaimCursor = claimed.NextStartId;
            if (autoClaimCursor == "0-0")
            {
                nextAutoClaim = time.GetUtcNow() + settings.AutoClaimInterval;
            }

            entries.AddRange(claimed.ClaimedEntries.Where(e => !e.IsNull));
        }

        if (entries.Count < maxCount)
        {
            entries.AddRange(await Db.StreamReadGroupAsync(settings.StreamKey, settings.ConsumerGroup, consumer, ">", maxCount - entries.Count));
        }

        return entries;
    }

    public Task AcknowledgeAsync(OutboxDelivery delivery, CancellationToken cancellationToken) =>
        delivery.TransportId is { } entryId ? AckAsync(entryId) : Task.CompletedTask;

    /// <summary>Appends row ids to the stream (used by the relay).</summary>
    public async Task PublishAsync(IReadOnlyList<long> ids)
    {
        await EnsureGroupAsync(settings.StreamKey, settings.ConsumerGroup, Db);
        var batch = Db.CreateBatch();
        var adds = ids.Select(id => batch.StreamAddAsync(settings.StreamKey, "id", id)).ToList();
        batch.Execute();
        await Task.WhenAll(adds);
    }

    private async Task AckAsync(RedisValue entryId)
    {
        // Delete as well: the table keeps the history, the stream only the work in flight.
        await Db.StreamAcknowledgeAsync(settings.StreamKey, settings.ConsumerGroup, entryId);
        await Db.StreamDeleteAsync(settings.StreamKey, [entryId]);
    }

    private async Task EnsureGroupAsync(string key, string group, IDatabase db)
    {
        if (groupExists)
        {
            return;
        }

        await groupCreated.WaitAsync();
        try
        {
            if (!groupExists)
            {
                try
                {
                    // From the start of the stream, so that entries relayed before the group existed are read too.
                    await db.StreamCreateConsumerGroupAsync(key, group, "0-0", createStream: true);
                }
                catch (RedisServerException ex) when (ex.Message.Contains("BUSYGROUP", StringComparison.Ordinal))
                {
                    // Another worker created it first.
                }

                groupExists = true;
            }
        }
        finally
        {
            groupCreated.Release();
        }
    }
}
