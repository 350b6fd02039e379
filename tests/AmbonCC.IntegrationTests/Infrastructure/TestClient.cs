using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;
using Xunit.Abstractions;

namespace AmbonCC.IntegrationTests.Infrastructure;

/// <summary>
/// An Orleans client connected to exactly one silo's gateway. A new grain called through it is placed by that
/// silo, which (with local preference) usually activates it there: the way to put grains on a chosen silo.
/// </summary>
public sealed class TestClient : IAsyncDisposable
{
    private readonly IHost host;

    private TestClient(IHost host) => this.host = host;

    public IClusterClient Grains => host.Services.GetRequiredService<IClusterClient>();

    public static async Task<TestClient> ConnectAsync(SiloSettings silo, ITestOutputHelper output, string name = "client")
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            DisableDefaults = true,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Logging.AddProvider(new XunitLoggerProvider(output, name));
        builder.UseOrleansClient(client =>
        {
            client.UseStaticClustering(new IPEndPoint(IPAddress.Loopback, silo.GatewayPort));
            client.Configure<ClusterOptions>(o =>
            {
                o.ClusterId = silo.ClusterId;
                o.ServiceId = silo.ServiceId;
            });
        });

        var host = builder.Build();
        try
        {
            await host.StartAsync();
        }
        catch
        {
            host.Dispose();
            throw;
        }

        return new TestClient(host);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await host.StopAsync(TimeSpan.FromSeconds(5));
        }
        finally
        {
            host.Dispose();
        }
    }
}
