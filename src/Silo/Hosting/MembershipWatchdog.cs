using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Clustering.Redis;
using Orleans.Configuration;
using StackExchange.Redis;

namespace AmbonCC.Silo.Hosting;

/// <summary>
/// Production: Redis restarted without persistence forgets the membership table. The Orleans Redis provider
/// writes a silo's entry only when the silo joins; afterwards every table refresh fails ("version is missing"),
/// every IAmAlive update fails, and the management grain (readiness) with them, until the silo is restarted
/// by hand. This remembers this silo's entry while it is there and writes it again, with a table version above
/// the silo's current view (the silo ignores older versions), once it is gone.
/// </summary>
internal sealed class MembershipWatchdog(
    IServiceProvider services, IOptions<AmbonOptions> options, TimeProvider time, ILogger<MembershipWatchdog> logger)
    : BackgroundService
{
    private const string VersionField = "Version";
    private MembershipEntry? lastKnown;
    private int restores;
    private volatile bool entryPresent = true;

    /// <summary>How often this silo's entry was found missing and written again.</summary>
    public int Restores => Volatile.Read(ref restores);

    /// <summary>False from the moment the entry is found missing until it is written again.</summary>
    public bool EntryPresent => entryPresent;

    /// <summary>Checks once, restoring the entry if it is gone. Public so that tests can drive it.</summary>
    public async Task CheckOnceAsync(CancellationToken cancellationToken)
    {
        var table = services.GetRequiredService<IMembershipTable>();
        var self = services.GetRequiredService<ILocalSiloDetails>().SiloAddress;
        var clustering = services.GetRequiredService<IOptions<RedisClusteringOptions>>().Value;
        var key = clustering.CreateRedisKey(services.GetRequiredService<IOptions<ClusterOptions>>().Value);
        var redis = services.GetRequiredService<IConnectionMultiplexer>().GetDatabase();
        if (await ReadOwnEntryAsync(table, self, key, redis, cancellationToken) is { } found)
        {
            lastKnown = found;
            entryPresent = true;
            return;
        }

        entryPresent = false;
        var membership = services.GetRequiredService<IClusterMembershipService>();
        if (lastKnown is not { } entry || membership.CurrentSnapshot.GetSiloStatus(self) != SiloStatus.Active)
        {
            return; // not joined yet, or on the way out: nothing to restore
        }

        // The silo ignores table versions older than the view it holds: start the new table above it.
        await redis.HashSetAsync(key, VersionField, membership.CurrentSnapshot.Version.Value, When.NotExists);
        var current = await table.ReadAllAsync(cancellationToken);
        entry.Status = SiloStatus.Active;
        entry.SuspectTimes = [];
        entry.IAmAliveTime = time.GetUtcNow().UtcDateTime;
        if (await table.InsertRowAsync(entry, current.Version.Next(), cancellationToken))
        {
            if (clustering.EntryExpiry is { } expiry)
            {
                await redis.KeyExpireAsync(key, expiry);
            }

            entryPresent = true;
            Interlocked.Increment(ref restores);
            logger.LogWarning("Membership entry of {Silo} was missing from Redis (restarted without persistence?); written again", self);
        }
    }

    private static async Task<MembershipEntry?> ReadOwnEntryAsync(IMembershipTable table, SiloAddress self, RedisKey key, IDatabase redis, CancellationToken cancellationToken)
    {
        try
        {
            return (await table.ReadRowAsync(self, cancellationToken)).TryGet(self)?.Item1;
        }
        catch (RedisClusteringException) when (!redis.HashExists(key, VersionField))
        {
            // The whole table is gone: the provider refuses to read a table without its version.
            return null;
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.Profile != StorageProfile.Production)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.Value.MembershipCheckInterval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await CheckOnceAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested && StoreFailures.IsStoreUnavailable(ex))
            {
                // Redis down: the readiness check reports it; try again on the next tick.
                logger.LogDebug(ex, "Membership check failed: Redis unavailable");
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(ex, "Membership check failed; trying again on the next tick");
            }
        }
    }
}
