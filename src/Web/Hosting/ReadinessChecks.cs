using AmbonCC.Silo.Database;
using AmbonCC.Silo.Hosting;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace AmbonCC.Web.Hosting;

/// <summary>Ready means: the silo answers a grain call, the database answers a query, and in Production Redis answers a ping.</summary>
internal sealed class ReadinessCheck(
    IGrainFactory grains,
    AmbonDatabase database,
    IOptions<AmbonOptions> options,
    IServiceProvider services) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var data = new Dictionary<string, object>();
        try
        {
            var hosts = await grains.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true);
            data["silos"] = hosts.Count;

            await using (var connection = await database.OpenAsync(cancellationToken))
            await using (var command = connection.CreateCommand())
            {
                command.CommandText = "SELECT 1";
                await command.ExecuteScalarAsync(cancellationToken);
            }

            data["database"] = database.Kind.ToString();
            if (options.Value.Profile == StorageProfile.Production)
            {
                // The outbox's shared connection: a check must not open a connection of its own every time.
                var redis = services.GetRequiredService<IConnectionMultiplexer>();
                data["redisPingMs"] = (await redis.GetDatabase().PingAsync()).TotalMilliseconds;
            }

            return HealthCheckResult.Healthy(data: data);
        }
        catch (Exception ex)
        {
            return HealthCheckResult.Unhealthy(ex.Message, ex, data);
        }
    }
}
