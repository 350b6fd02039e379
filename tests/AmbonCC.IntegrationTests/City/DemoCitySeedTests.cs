using AmbonCC.IntegrationTests.Infrastructure;
using AmbonCC.Cameras;
using AmbonCC.City;
using AmbonCC.Platform;
using AmbonCC.RiverGauges;
using AmbonCC.Silo.Cameras;
using AmbonCC.Silo.Hosting;
using AmbonCC.Silo.RiverGauges;
using AmbonCC.Silo.TaxTerminals;
using AmbonCC.Silo.Warnings;
using Microsoft.Extensions.Configuration;
using AmbonCC.Silo.Seed;
using AmbonCC.TaxTerminals;
using AmbonCC.Warnings;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Orleans.TestingHost;

namespace AmbonCC.IntegrationTests.City;

/// <summary>
/// A cluster of its own: the directory key is fixed ("ambon"), so seeding must start from an empty store.
/// Memory storage is enough here; restart survival is the storage tests' job.
/// </summary>
public sealed class SeedClusterFixture : IAsyncLifetime
{
    public InProcessTestCluster Cluster { get; } = new InProcessTestClusterBuilder(1)
        .ConfigureSilo((_, silo) =>
        {
            MemorySilo.Configure(silo);
        })
        .Build();

    public Task InitializeAsync() => Cluster.DeployAsync();

    public async Task DisposeAsync() => await Cluster.DisposeAsync();
}

public sealed class DemoCitySeedTests(SeedClusterFixture fixture) : IClassFixture<SeedClusterFixture>
{
    private IClusterClient Client => fixture.Cluster.Client;

    /// <summary>Every module's part, as the silo's modules register them.</summary>
    private static IEnumerable<IDemoSeedPart> Parts => new ServiceCollection()
        .AddCameras(new ConfigurationBuilder().Build()).AddRiverGauges(new ConfigurationBuilder().Build())
        .AddTaxTerminals(demoHistory: false).AddWarnings(new ConfigurationBuilder().Build())
        .Where(d => d.ServiceType == typeof(IDemoSeedPart))
        .Select(d => (IDemoSeedPart)Activator.CreateInstance(d.ImplementationType!)!);

    [Fact]
    public async Task Seeds_once_and_a_second_run_registers_nothing_new()
    {
        var seeder = new DemoCitySeeder(Client, Parts, Options.Create(new AmbonOptions()), NullLogger<DemoCitySeeder>.Instance);
        var city = DemoCity.LoadDefault();
        var directory = Client.GetGrain<ICityDirectoryGrain>(ICityDirectoryGrain.AmbonKey);
        Assert.False(await directory.IsSeededAsync());

        var first = await seeder.SeedAsync();
        var second = await seeder.SeedAsync();

        var everything = 1 + city.Cameras.Length + city.Gauges.Length + city.Restaurants.Length + city.Recipients.Length;
        Assert.Equal(everything, first.Registered);
        Assert.True(first.IndexKeysAdded > 0);
        Assert.Equal(DemoCityLoadResult.Nothing, second);
        Assert.True(await directory.IsSeededAsync());
        Assert.Equal(DemoCity.SeedVersion, (await directory.GetSeedMarkAsync())?.SeedVersion);

        var counts = await directory.GetCountsAsync();
        Assert.Equal(new CityCounts(5, 50, city.Opds.Length, 32, city.Gauges.Length, city.Restaurants.Length,
            city.Recipients.Select(r => r.KelurahanCode).Distinct().Count()), counts);

        // A reload over a half-finished or complete seed (what a crash mid-way leads to) changes nothing:
        // profiles that travelled through storage and the wire still compare equal.
        var reload = await new DemoCityLoader(Client, Parts).LoadAsync(city);
        Assert.Equal(new DemoCityLoadResult(0, everything, 0), reload);

        var cameraCode = (await directory.GetIndexAsync(CityIndexKind.Camera))[0];
        var camera = await Client.GetGrain<ICameraGrain>(cameraCode).GetProfileAsync();
        Assert.NotNull(camera);
        Assert.Equal(city.Cameras.Single(c => c.Code == cameraCode), camera);
        Assert.StartsWith("rtsp://", camera.StreamUrl, StringComparison.Ordinal);

        var gauge = city.Gauges[0];
        Assert.Equal(gauge, await Client.GetGrain<IRiverGaugeGrain>(gauge.Code).GetProfileAsync());
        var restaurant = city.Restaurants[^1];
        Assert.Equal(restaurant, await Client.GetGrain<ITaxTerminalGrain>(restaurant.TerminalSerial).GetProfileAsync());
        var rijali = await Client.GetGrain<IRecipientListGrain>("81.71.02.1011").GetRecipientsAsync();
        Assert.Contains(rijali, r => r.Role == RecipientRole.Lurah);
        Assert.Contains(rijali, r => r.Role == RecipientRole.RtHead && r.RiverName == "Wai Tomu");
    }

    [Fact]
    public async Task Registration_under_another_key_is_refused()
    {
        var camera = DemoCity.LoadDefault().Cameras[0];
        await Assert.ThrowsAsync<ArgumentException>(() => Client.GetGrain<ICameraGrain>("CCTV-XX-99").RegisterAsync(camera));
    }
}
