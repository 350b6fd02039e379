using System.Net;
using AmbonCC.City;
using AmbonCC.Platform;
using AmbonCC.Silo.Audit;
using AmbonCC.Silo.Cameras;
using AmbonCC.Silo.City;
using AmbonCC.Silo.Complaints;
using AmbonCC.Silo.Database;
using AmbonCC.Silo.Incidents;
using AmbonCC.Silo.Ledger;
using AmbonCC.Silo.Outbox;
using AmbonCC.Silo.Reports;
using AmbonCC.Silo.RiverGauges;
using AmbonCC.Silo.TaxTerminals;
using AmbonCC.Silo.Warnings;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Dashboard;
using StackExchange.Redis;

namespace AmbonCC.Silo.Hosting;

/// <summary>The one silo configuration, used by the web host, the headless silo and the test fixtures.</summary>
public static class SiloConfiguration
{
    /// <summary>Adds a silo (and what it needs before and after it starts) to a host.</summary>
    public static IHostApplicationBuilder AddAmbonSilo(this IHostApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        builder.Services.AddAmbonPlatform(configuration);
        // Registered before the silo so that the schema exists when storage and reminders start.
        builder.Services.AddHostedService<MigrationHostedService>();
        // Ledger writers run before the silo starts and stop after it: grains append through them.
        builder.Services.AddAmbonLedger();
        builder.UseOrleans(silo => silo.ConfigureAmbon(configuration));
        // After the silo: the seed and the outbox handlers talk to grains.
        builder.Services.AddAmbonOutbox(configuration);
        builder.Services.AddDomainModules(configuration);
        builder.Services.AddSingleton<MembershipWatchdog>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<MembershipWatchdog>());
        return builder;
    }

    /// <summary>Services every host shares: options, time, the database.</summary>
    public static IServiceCollection AddAmbonPlatform(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AmbonOptions>().Bind(configuration.GetSection(AmbonOptions.Section));
        services.AddSingleton(TimeProvider.System);
        // Resolved lazily so that a test's FakeTimeProvider, registered later, drives the city clock too.
        services.TryAddSingleton(sp => new CityClock(
            sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<IOptions<AmbonOptions>>().Value.TimeZone));
        services.TryAddSingleton<IPasswordHasher<string>, PasswordHasher<string>>();
        services.AddSingleton(_ => AmbonDatabase.FromConfiguration(configuration));
        services.AddSingleton<DatabaseMigrator>();
        return services;
    }

    /// <summary>
    /// Every domain module this silo runs: each registers its ledger tables, options, outbox handler and seed.
    /// A new domain (tax terminals, complaints, cameras) is one more line here and knows nothing of the others.
    /// </summary>
    internal static IServiceCollection AddDomainModules(this IServiceCollection services, IConfiguration configuration) => services
        .AddCity(configuration)
        .AddIncidents(configuration)
        .AddRiverGauges(configuration)
        .AddWarnings(configuration)
        .AddComplaints(configuration)
        .AddTaxTerminals()
        .AddCameras(configuration)
        .AddReports(configuration)
        .AddAudit();

    /// <summary>
    /// Storage, reminders, streams and dashboard for either profile. Clustering is left out when a test
    /// cluster provides its own.
    /// </summary>
    public static ISiloBuilder ConfigureAmbon(this ISiloBuilder silo, IConfiguration configuration, bool configureClustering = true)
    {
        var options = configuration.GetSection(AmbonOptions.Section).Get<AmbonOptions>() ?? new AmbonOptions();
        var database = AmbonDatabase.FromConfiguration(configuration);

        if (configureClustering)
        {
            ConfigureClustering(silo, configuration, options);
        }

        // Grain state holding a collection expression must load again (see CompilerCollectionBinder).
        silo.Services.PostConfigure<Orleans.Serialization.OrleansJsonSerializerOptions>(o =>
            o.JsonSerializerSettings.SerializationBinder = new CompilerCollectionBinder(
                o.JsonSerializerSettings.SerializationBinder ?? new Newtonsoft.Json.Serialization.DefaultSerializationBinder()));
        silo.AddAdoNetGrainStorage(ProviderNames.GrainStorage, o =>
        {
            o.Invariant = database.Invariant;
            o.ConnectionString = database.ConnectionString;
        });
        silo.AddAdoNetGrainStorage(ProviderNames.PubSubStore, o =>
        {
            o.Invariant = database.Invariant;
            o.ConnectionString = database.ConnectionString;
        });
        silo.UseAdoNetReminderService(o =>
        {
            o.Invariant = database.Invariant;
            o.ConnectionString = database.ConnectionString;
        });
        // The pulling agent polls its queues on a timer (100 ms by default): that wait is most of the
        // reading-to-screen latency, so live streams poll every 20 ms (bench/README.md has the figures).
        // Each poll of each queue is a grain call whether or not anything was published, so the live streams
        // use 2 queues instead of the default 8: 100 polls/s instead of 400 on an idle node, still one queue
        // per silo in a two-silo cluster.
        silo.AddMemoryStreams(ProviderNames.LiveStreams, streams =>
        {
            streams.ConfigurePartitioning(2);
            streams.ConfigurePullingAgent(agent => agent.Configure(o => o.GetQueueMsgsTimerPeriod = TimeSpan.FromMilliseconds(20)));
        });
        silo.AddDashboard(o => o.HideTrace = true);
        silo.AddIncomingGrainCallFilter<StoreFailureCallFilter>();
        silo.AddAuditFilter();
        return silo;
    }

    private static void ConfigureClustering(ISiloBuilder silo, IConfiguration configuration, AmbonOptions options)
    {
        if (options.Profile == StorageProfile.Embedded)
        {
            silo.UseLocalhostClustering(options.SiloPort, options.GatewayPort, null, options.ServiceId, options.ClusterId);
            return;
        }

        var redis = configuration.GetConnectionString("Redis");
        if (string.IsNullOrWhiteSpace(redis))
        {
            throw new InvalidOperationException("Profile Production needs ConnectionStrings:Redis.");
        }

        silo.Configure<ClusterOptions>(o =>
        {
            o.ClusterId = options.ClusterId;
            o.ServiceId = options.ServiceId;
        });
        silo.ConfigureEndpoints(IPAddress.Parse(options.AdvertisedIPAddress), options.SiloPort, options.GatewayPort, listenOnAnyHostAddress: true);
        silo.UseRedisClustering(o => o.ConfigurationOptions = ConfigurationOptions.Parse(redis));
    }
}
