using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;
using StackExchange.Redis;

namespace AmbonCC.Samples.AgencyClient;

/// <summary>
/// How the agency reaches the cluster's gateways. Production: the silos' membership in Redis lists every gateway
/// (port <c>AmbonCC:GatewayPort</c>, 30000, on each node's advertised address). Embedded (one machine): the gateway
/// on 127.0.0.1.
/// </summary>
/// <param name="Redis">StackExchange.Redis configuration of the cluster's membership; null for a local gateway.</param>
public sealed record AgencyConnection(string ClusterId, string ServiceId, string? Redis, int GatewayPort = 30000)
{
    public static AgencyConnection From(IConfiguration configuration) => new(
        configuration["AmbonCC:ClusterId"] ?? "ambon-cc",
        configuration["AmbonCC:ServiceId"] ?? "ambon-cc",
        configuration.GetConnectionString("Redis") is { Length: > 0 } redis ? redis : null,
        int.TryParse(configuration["AmbonCC:GatewayPort"], out var port) ? port : 30000);

    public IClientBuilder Configure(IClientBuilder client)
    {
        client.Configure<ClusterOptions>(o =>
        {
            o.ClusterId = ClusterId;
            o.ServiceId = ServiceId;
        });
        if (Redis is { Length: > 0 } redis)
        {
            client.UseRedisClustering(o => o.ConfigurationOptions = ConfigurationOptions.Parse(redis));
        }
        else
        {
            client.UseStaticClustering(new IPEndPoint(IPAddress.Loopback, GatewayPort));
        }

        return client;
    }
}
