using AmbonCC.IntegrationTests.Infrastructure;
using AmbonCC.City;
using AmbonCC.Platform;
using AmbonCC.Silo.Cameras;
using AmbonCC.Silo.Seed;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Orleans.TestingHost;

namespace AmbonCC.IntegrationTests.City;

/// <summary>The DI path: AddDemoCitySeed in a silo host seeds during start-up, after the silo is running.</summary>
public sealed class DemoCityHostedSeedTests
{
    [Fact]
    public async Task AddDemoCitySeed_seeds_the_city_when_the_host_starts()
    {
        await using var cluster = new InProcessTestClusterBuilder(1)
            .ConfigureSilo((_, silo) =>
            {
                MemorySilo.Configure(silo);
                silo.Services.AddDemoCitySeed();
                // The memory silo adds the rivers, warnings and tax modules (their parts with them); cameras come alone.
                silo.Services.AddDemoSeedPart<CameraDemoSeed>();
            })
            .Build();
        await cluster.DeployAsync();

        var directory = cluster.Client.GetGrain<ICityDirectoryGrain>(ICityDirectoryGrain.AmbonKey);
        Assert.True(await directory.IsSeededAsync());
        var counts = await directory.GetCountsAsync();
        Assert.Equal(32, counts.Cameras);
        Assert.True(counts.RiverGauges > 0);
        Assert.Equal(300, counts.TaxTerminals);
    }
}
