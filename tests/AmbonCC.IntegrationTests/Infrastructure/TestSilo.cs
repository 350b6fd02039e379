using System.Net.Sockets;
using AmbonCC.Silo.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Clustering.Redis;
using Orleans.Configuration;
using Xunit.Abstractions;

namespace AmbonCC.IntegrationTests.Infrastructure;

/// <summary>What distinguishes one test silo from another: profile, store, identity and ports.</summary>
public sealed record SiloSettings(StorageProfile Profile, string ServiceId, string ClusterId, string? DataDirectory, string? Postgres)
{
    public int SiloPort { get; init; } = TestPorts.Next();

    public int GatewayPort { get; init; } = TestPorts.Next();

    public static SiloSettings Embedded(string dataDirectory) =>
        new(StorageProfile.Embedded, TestDatabases.UniqueName("svc"), TestDatabases.UniqueName("cluster"), dataDirectory, null);

    public static SiloSettings Production(string postgres) =>
        new(StorageProfile.Production, TestDatabases.UniqueName("svc"), TestDatabases.UniqueName("cluster"), null, postgres);

    /// <summary>The same service and store on fresh ports: a restarted silo, or a second member of the cluster.</summary>
    public SiloSettings AnotherSilo() => this with { SiloPort = TestPorts.Next(), GatewayPort = TestPorts.Next() };
}

/// <summary>
/// A silo started exactly as production starts it (<see cref="SiloConfiguration.AddAmbonSilo"/>, migration
/// included) on a plain generic host, with only test-speed tweaks layered on top.
/// </summary>
public sealed class TestSilo : IAsyncDisposable
{
    private readonly IHost host;
    private bool stopped;

    private TestSilo(IHost host, SiloSettings settings)
    {
        this.host = host;
        Settings = settings;
    }

    /// <summary>The settings the silo runs with (its ports differ from the requested ones after a port conflict).</summary>
    public SiloSettings Settings { get; }

    public IServiceProvider Services => host.Services;

    public IGrainFactory Grains => Services.GetRequiredService<IGrainFactory>();

    public SiloAddress Address => Services.GetRequiredService<ILocalSiloDetails>().SiloAddress;

    /// <summary>
    /// Starts the silo. A port is only probed free before the silo binds it, so another process may take it in
    /// between: on "address already in use" the silo starts again on fresh ports (a few times).
    /// </summary>
    public static async Task<TestSilo> StartAsync(SiloSettings settings, ITestOutputHelper output, string name = "silo", Action<IServiceCollection>? configure = null)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return new TestSilo(await StartHostAsync(settings, output, name, configure), settings);
            }
            catch (Exception ex) when (attempt < 4 && IsPortConflict(ex))
            {
                output.WriteLine($"[{name}] port {settings.SiloPort} or {settings.GatewayPort} was taken meanwhile; trying fresh ports");
                settings = settings.AnotherSilo();
            }
        }
    }

    private static bool IsPortConflict(Exception? ex)
    {
        for (; ex is not null; ex = ex.InnerException)
        {
            if (ex is SocketException { SocketErrorCode: SocketError.AddressAlreadyInUse }
                || ex.Message.Contains("address already in use", StringComparison.OrdinalIgnoreCase)
                || (ex is AggregateException aggregate && aggregate.InnerExceptions.Any(IsPortConflict)))
            {
                return true;
            }
        }

        return false;
    }

    private static async Task<IHost> StartHostAsync(SiloSettings settings, ITestOutputHelper output, string name, Action<IServiceCollection>? configure)
    {
        // No default sources: environment variables or an appsettings.json next to the tests must not leak in.
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            DisableDefaults = true,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["AmbonCC:Profile"] = settings.Profile.ToString(),
            ["AmbonCC:DataDirectory"] = settings.DataDirectory ?? Path.GetTempPath(),
            ["AmbonCC:SeedDemoData"] = "false",
            ["AmbonCC:ServiceId"] = settings.ServiceId,
            ["AmbonCC:ClusterId"] = settings.ClusterId,
            ["AmbonCC:SiloPort"] = settings.SiloPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["AmbonCC:GatewayPort"] = settings.GatewayPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["ConnectionStrings:Postgres"] = settings.Postgres,
            ["ConnectionStrings:Redis"] = TestDatabases.Redis,
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Logging.AddProvider(new XunitLoggerProvider(output, name));

        builder.AddAmbonSilo();

        // Test speed only: Orleans allows reminders under a minute (it logs a warning). Failure detection is
        // faster than the defaults (2 s probes instead of 5 s, a table refresh every 2 s) but still needs three
        // missed probes and the usual votes, so a silo stalled for a few seconds on a loaded test machine is not
        // declared dead under a test that never meant to kill it.
        builder.Services.Configure<ReminderOptions>(o => o.MinimumReminderPeriod = TimeSpan.FromSeconds(1));
        builder.Services.Configure<ClusterMembershipOptions>(o =>
        {
            o.ProbeTimeout = TimeSpan.FromSeconds(2);
            o.NumMissedProbesLimit = 3;
            o.TableRefreshTimeout = TimeSpan.FromSeconds(2);
        });
        builder.Services.Configure<SiloMessagingOptions>(o => o.ResponseTimeout = TimeSpan.FromSeconds(10));
        // Every test uses its own ClusterId, so let Redis forget test membership tables by itself.
        builder.Services.Configure<RedisClusteringOptions>(o => o.EntryExpiry = TimeSpan.FromHours(1));
        configure?.Invoke(builder.Services);

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

        return host;
    }

    /// <summary>Stops without the graceful shutdown: no deactivations, no farewell to the cluster.</summary>
    public async Task KillAsync()
    {
        stopped = true;
        try
        {
            await host.StopAsync(new CancellationToken(canceled: true));
        }
        catch (OperationCanceledException)
        {
            // Expected: the cancelled token is what makes the stop abrupt.
        }

        await DisposeHostAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!stopped)
        {
            stopped = true;
            await host.StopAsync();
            await DisposeHostAsync();
        }
    }

    private async Task DisposeHostAsync()
    {
        if (host is IAsyncDisposable asyncDisposable)
        {
            await asyncDisposable.DisposeAsync();
        }
        else
        {
            host.Dispose();
        }
    }
}
