using System.Text.Json;
using AmbonCC.Silo.Hosting;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

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
        // The checks themselves live in the silo (SiloReadiness): the web host only names and reports them.
        Add(checks, "cluster", From(SiloReadiness.ClusterAsync), tags);
        Add(checks, "database", From(SiloReadiness.DatabaseAsync), tags);
        Add(checks, "redis", From(SiloReadiness.RedisAsync), tags);
        Add(checks, "ledger", From((sp, _) => Task.FromResult(SiloReadiness.Ledger(sp))), tags);
        Add(checks, "outbox", From((sp, _) => Task.FromResult(SiloReadiness.Outbox(sp))), tags);
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

    private static Func<IServiceProvider, CancellationToken, Task<HealthCheckResult>> From(Func<IServiceProvider, CancellationToken, Task<SiloCheck>> check) =>
        async (sp, cancellationToken) => await check(sp, cancellationToken) is var result && result.Healthy
            ? HealthCheckResult.Healthy(result.Description, data: result.Data)
            : HealthCheckResult.Unhealthy(result.Description, data: result.Data);

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
