using AmbonCC.IntegrationTests.Infrastructure;
using AmbonCC.City;
using AmbonCC.Platform;
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
            })
            .Build();
        await cluster.DeployAsync();

        var directory = cluster.Client.GetGrain<ICityDirectoryGrain>(ICityDirectoryGrain.AmbonKey);
        Assert.True(await directory.IsSeededAsync());
        Assert.Equal(32, (await directory.GetCountsAsync()).Cameras);
    }
}
