using AmbonCC.Platform;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;
using StackExchange.Redis;

namespace AmbonCC.Silo.Hosting;

/// <summary>How an Orleans client (an agency system, or an admin command) reaches the cluster of either profile.</summary>
public static class ClientConfiguration
{
    public static IClientBuilder ConfigureAmbonClient(this IClientBuilder client, IConfiguration configuration)
    {
        var options = configuration.GetSection(AmbonOptions.Section).Get<AmbonOptions>() ?? new AmbonOptions();
        if (options.Profile == StorageProfile.Embedded)
        {
            client.UseLocalhostClustering(options.GatewayPort, options.ServiceId, options.ClusterId);
        }
        else
        {
            client.Configure<ClusterOptions>(o =>
            {
                o.ClusterId = options.ClusterId;
                o.ServiceId = options.ServiceId;
            });
            var redis = configuration.GetConnectionString("Redis")
                ?? throw new InvalidOperationException("Profile Production needs ConnectionStrings:Redis.");
            client.UseRedisClustering(o => o.ConfigurationOptions = ConfigurationOptions.Parse(redis));
        }

        client.AddMemoryStreams(ProviderNames.LiveStreams);
        return client;
    }
}
