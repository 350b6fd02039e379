using System.Text.Json;
using AmbonCC.Silo.Database;
using AmbonCC.Silo.Hosting;
using AmbonCC.Silo.Ledger;
using AmbonCC.Silo.Outbox;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace AmbonCC.Web.Hosting;

/// <summary>
/// /health/ready: one check per thing the node needs (cluster, database, redis, ledger, outbox), each named in
/// the JSON body so that an operator sees which store is down. Every check asks afresh, so readiness recovers by
/// itself when the store returns. Texts are ours: the endpoint is anonymous and must not show driver messages.
/// </summary>
public static class ReadinessChecks
{
    private static readonly TimeSpan CheckTimeout = TimeSpan.FromSeconds(3);

    public static IHealthChecksBuilder AddAmbonReadiness(this IHealthChecksBuilder checks)
    {
        string[] tags = ["ready"];
        Add(checks, "cluster", ClusterAsync, tags);
        Add(checks, "database", DatabaseAsync, tags);
        Add(checks, "redis", RedisAsync, tags);
        Add(checks, "ledger", (sp, _) => Task.FromResult(Ledger(sp)), tags);
        Add(checks, "outbox", (sp, _) => Task.FromResult(Outbox(sp)), tags);
        return checks;
    }

    /// <summary>The response: overall status and each check's status, description and figures.</summary>
    public static Task WriteJsonAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description, data = e.Value.Data }),
        };
        return JsonSerializer.SerializeAsync(context.Response.Body, body, cancellationToken: context.RequestAborted);
    }

    private static void Add(IHealthChecksBuilder checks, string name, Func<IServiceProvider, CancellationToken, Task<HealthCheckResult>> check, string[] tags) =>
        checks.Add(new HealthCheckRegistration(name, sp => new DelegateCheck(sp, check), HealthStatus.Unhealthy, tags));

    private static bool IsProduction(IServiceProvider sp) =>
        sp.GetRequiredService<IOptions<AmbonOptions>>().Value.Profile == StorageProfile.Production;

    private static async Task<HealthCheckResult> ClusterAsync(IServiceProvider sp, CancellationToken cancellationToken)
    {
        var hosts = await sp.GetRequiredService<IGrainFactory>().GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true);
        var data = new Dictionary<string, object> { ["silos"] = hosts.Count };
        if (IsProduction(sp) && !sp.GetRequiredService<MembershipWatchdog>().EntryPresent)
        {
            return HealthCheckResult.Unhealthy("This silo's membership entry is missing from Redis; it is being written again.", data: data);
        }

        return HealthCheckResult.Healthy(data: data);
    }

    private static async Task<HealthCheckResult> DatabaseAsync(IServiceProvider sp, CancellationToken cancellationToken)
    {
        var database = sp.GetRequiredService<AmbonDatabase>();
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT 1";
        await command.ExecuteScalarAsync(cancellationToken);
        return HealthCheckResult.Healthy(database.Kind.ToString());
    }

    private static async Task<HealthCheckResult> RedisAsync(IServiceProvider sp, CancellationToken cancellationToken)
    {
        if (!IsProduction(sp))
        {
            return HealthCheckResult.Healthy("Not used by the Embedded profile.");
        }

        // The outbox's shared connection: a check must not open a connection of its own every time.
        var latency = await sp.GetRequiredService<IConnectionMultiplexer>().GetDatabase().PingAsync().WaitAsync(cancellationToken);
        return HealthCheckResult.Healthy(data: new Dictionary<string, object> { ["pingMs"] = latency.TotalMilliseconds });
    }

    private static HealthCheckResult Ledger(IServiceProvider sp)
    {
        var writers = sp.GetServices<ILedgerWriterLoop>().Select(w => w.Health).ToList();
        var data = writers.ToDictionary(w => w.Table, w => (object)new { w.QueuedRows, w.MaxQueuedRows, w.LastFailureAt });
        var stopped = writers.Where(w => !w.Running).Select(w => w.Table).ToList();
        var full = writers.Where(w => w.QueuedRows >= w.MaxQueuedRows).Select(w => w.Table).ToList();
        return stopped.Count > 0 ? HealthCheckResult.Unhealthy("Writer stopped: " + string.Join(", ", stopped), data: data)
            : full.Count > 0 ? HealthCheckResult.Unhealthy("Queue full: " + string.Join(", ", full), data: data)
            : HealthCheckResult.Healthy(data: data);
    }

    private static HealthCheckResult Outbox(IServiceProvider sp)
    {
        if (!sp.GetRequiredService<IOptions<OutboxOptions>>().Value.WorkerEnabled)
        {
            return HealthCheckResult.Healthy("No worker in this process.");
        }

        var worker = sp.GetRequiredService<OutboxWorker>();
        var data = new Dictionary<string, object> { ["failedRounds"] = worker.FailedRounds };
        if (sp.GetService<IOutboxTransport>() is RedisOutboxTransport redis)
        {
            data["groupsRecreated"] = redis.GroupsRecreated;
        }

        return worker.Failing
            ? HealthCheckResult.Unhealthy("The delivery worker's last round failed; it retries every poll.", data: data)
            : HealthCheckResult.Healthy(data: data);
    }

    /// <summary>Runs a check with a deadline and turns its failure into a description that names no driver text.</summary>
    private sealed class DelegateCheck(IServiceProvider services, Func<IServiceProvider, CancellationToken, Task<HealthCheckResult>> check) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            deadline.CancelAfter(CheckTimeout);
            try
            {
                return await check(services, deadline.Token);
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                var what = ex is OperationCanceledException || StoreFailures.IsStoreUnavailable(ex) ? "unavailable" : "failing";
                return HealthCheckResult.Unhealthy($"{context.Registration.Name} {what}");
            }
        }
    }
}
