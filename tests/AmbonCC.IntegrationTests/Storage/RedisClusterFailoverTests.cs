using System.Diagnostics;
using AmbonCC.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace AmbonCC.IntegrationTests.Storage;

/// <summary>
/// Two Production silos on loopback, clustered through Redis and sharing PostgreSQL: when one dies without a
/// graceful shutdown, a grain it hosted is activated again on the survivor with its stored state.
/// </summary>
/// <remarks>
/// An in-process non-graceful stop still writes "Dead" for itself, so the survivor learns at once. A silo
/// that cannot announce (its Redis cut first) keeps answering probes while it retries that write for
/// 2 x 60 s, which is not what a crash looks like and makes the test slow; the probe path after a real
/// kill -9 was measured with separate processes (engineering notes: ~7 s).
/// </remarks>
[Collection(MultiSiloCollection.Name)]
public sealed class RedisClusterFailoverTests(PostgresDatabaseFixture database, ITestOutputHelper output) : IClassFixture<PostgresDatabaseFixture>
{
    [Fact]
    public async Task Grain_of_a_killed_silo_comes_back_on_the_survivor_with_its_state()
    {
        var settings = SiloSettings.Production(database.ConnectionString);
        await using var survivor = await TestSilo.StartAsync(settings, output, "survivor");
        var victim = await TestSilo.StartAsync(settings.AnotherSilo(), output, "victim");
        try
        {
            // Without a cluster the test would still pass (the survivor reloads the state from PostgreSQL on its
            // own): both silos must see both as active members before anything else happens.
            await WaitForClusterOfTwoAsync(survivor, victim);
            await WaitForClusterOfTwoAsync(victim, survivor);

            // Local placement: called from the victim's process, the grain is activated on the victim.
            var key = Guid.NewGuid().ToString("N");
            var onVictim = victim.Grains.GetGrain<IStorageProbeGrain>(key);
            await onVictim.Append("pump station 3");
            await onVictim.Append("level 2.4 m");
            Assert.Equal(victim.Address.ToString(), (await onVictim.Read()).Silo);

            var clock = Stopwatch.StartNew();
            await victim.KillAsync();

            var onSurvivor = survivor.Grains.GetGrain<IStorageProbeGrain>(key);
            var snapshot = await Eventually.SucceedsAsync(
                () => onSurvivor.Read(),
                TimeSpan.FromSeconds(45),
                s => s.Silo == survivor.Address.ToString(),
                $"the probe grain to answer from the survivor {survivor.Address}");
            output.WriteLine($"grain back on the survivor after {clock.Elapsed.TotalSeconds:F1} s");

            Assert.Equal(survivor.Address.ToString(), snapshot.Silo);
            Assert.Equal(["pump station 3", "level 2.4 m"], snapshot.Values);
            Assert.Equal(3, await onSurvivor.Append("level 2.6 m"));
        }
        finally
        {
            await victim.DisposeAsync();
        }
    }

    /// <summary>Waits until <paramref name="observer"/>'s membership lists exactly both silos, both active.</summary>
    private static async Task WaitForClusterOfTwoAsync(TestSilo observer, TestSilo other)
    {
        var both = new[] { observer.Address, other.Address };
        var hosts = await Eventually.SucceedsAsync(
            () => observer.Grains.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true),
            TimeSpan.FromSeconds(60),
            h => h.Count == 2 && both.All(h.ContainsKey),
            $"{observer.Address} to list {observer.Address} and {other.Address} as active members");
        Assert.All(both, address => Assert.Equal(SiloStatus.Active, hosts[address]));
    }
}
