using AmbonCC.Silo.Database;
using AmbonCC.Silo.Ledger;
using AmbonCC.Silo.Outbox;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace AmbonCC.Silo.Hosting;

/// <summary>The outcome of one readiness check: healthy or not, a text of ours (never a driver's), figures.</summary>
public sealed record SiloCheck(bool Healthy, string? Description, IReadOnlyDictionary<string, object> Data)
{
    internal static SiloCheck Ok(string? description = null, Dictionary<string, object>? data = null) => new(true, description, data ?? []);

    internal static SiloCheck Failing(string description, Dictionary<string, object>? data = null) => new(false, description, data ?? []);
}

/// <summary>
/// What a host asks the silo when it decides whether this node is ready: the cluster, the database, Redis, the
/// ledger writers and the outbox worker. Each check asks afresh, so readiness recovers when a store returns.
/// </summary>
public static class SiloReadiness
{
    public static bool IsProduction(IServiceProvider services) =>
        services.GetRequiredService<IOptions<AmbonOptions>>().Value.Profile == StorageProfile.Production;

    public static async Task<SiloCheck> ClusterAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var hosts = await services.GetRequiredService<IGrainFactory>().GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true).WaitAsync(cancellationToken);
        var data = new Dictionary<string, object> { ["silos"] = hosts.Count };
        return IsProduction(services) && !services.GetRequiredService<MembershipWatchdog>().EntryPresent
            ? SiloCheck.Failing("This silo's membership entry is missing from Redis; it is being written again.", data)
            : SiloCheck.Ok(data: data);
    }

    public static async Task<SiloCheck> DatabaseAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var database = services.GetRequiredService<AmbonDatabase>();
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT 1";
        await command.ExecuteScalarAsync(cancellationToken);
        return SiloCheck.Ok(database.Kind.ToString());
    }

    public static async Task<SiloCheck> RedisAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        if (!IsProduction(services))
        {
            return SiloCheck.Ok("Not used by the Embedded profile.");
        }

        // The outbox's shared connection: a check must not open a connection of its own every time.
        var latency = await services.GetRequiredService<IConnectionMultiplexer>().GetDatabase().PingAsync().WaitAsync(cancellationToken);
        return SiloCheck.Ok(data: new Dictionary<string, object> { ["pingMs"] = latency.TotalMilliseconds });
    }

    public static SiloCheck Ledger(IServiceProvider services)
    {
        var writers = services.GetServices<ILedgerWriterLoop>().Select(w => w.Health).ToList();
        var data = writers.ToDictionary(w => w.Table, w => (object)new { w.QueuedRows, w.MaxQueuedRows, w.LastFailureAt });
        var stopped = writers.Where(w => !w.Running).Select(w => w.Table).ToList();
        var full = writers.Where(w => w.QueuedRows >= w.MaxQueuedRows).Select(w => w.Table).ToList();
        return stopped.Count > 0 ? SiloCheck.Failing("Writer stopped: " + string.Join(", ", stopped), data)
            : full.Count > 0 ? SiloCheck.Failing("Queue full: " + string.Join(", ", full), data)
            : SiloCheck.Ok(data: data);
    }

    public static SiloCheck Outbox(IServiceProvider services)
    {
        if (!services.GetRequiredService<IOptions<OutboxOptions>>().Value.WorkerEnabled)
        {
            return SiloCheck.Ok("No worker in this process.");
        }

        var worker = services.GetRequiredService<OutboxWorker>();
        var data = new Dictionary<string, object> { ["failedRounds"] = worker.FailedRounds };
        if (services.GetService<IOutboxTransport>() is RedisOutboxTransport redis)
        {
            data["groupsRecreated"] = redis.GroupsRecreated;
        }

        return worker.Failing
            ? SiloCheck.Failing("The delivery worker's last round failed; it retries every poll.", data)
            : SiloCheck.Ok(data: data);
    }
}
