using System.Diagnostics;
using AmbonCC.IntegrationTests.Infrastructure;
using AmbonCC.Security;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Configuration;
using Xunit.Abstractions;

namespace AmbonCC.IntegrationTests.Storage;

/// <summary>
/// Two Production silos clustered through Redis on loopback, one of them the real headless executable in its
/// own process: SIGKILL that process, and every grain it hosted comes back on the other silo with its stored
/// state. Unlike <see cref="RedisClusterFailoverTests"/> the dead silo writes nothing on its way out, so the
/// survivor has to find out by probing.
/// </summary>
[Collection(MultiSiloCollection.Name)]
public sealed class SiloProcessKillTests(ITestOutputHelper output) : ProcessKillTest("ambon_kill")
{
    /// <summary>The survivor probes every 2 s and declares a silo dead after three missed probes (<see cref="TestSilo"/>).</summary>
    public const string TestSpeed = "test-speed";

    /// <summary>The survivor keeps Orleans' own failure detection, which is what the executable runs with.</summary>
    public const string OrleansDefaults = "orleans-defaults";

    private const string Password = "Kill-Test-Password-2026";
    private static readonly TimeSpan FailoverDeadline = TimeSpan.FromSeconds(90);

    [Theory]
    [InlineData(TestSpeed)]
    [InlineData(OrleansDefaults)]
    public async Task Grains_of_a_killed_silo_process_come_back_on_the_survivor_with_their_state(string membership)
    {
        settings = SiloSettings.Production(postgres);
        child = SiloProcess.Start(settings.AnotherSilo(), output, "child");
        survivor = await TestSilo.StartAsync(settings, output, "survivor", services =>
        {
            if (membership == OrleansDefaults)
            {
                // Undo TestSilo's quick failure detection: the child process runs with these defaults anyway.
                var defaults = new ClusterMembershipOptions();
                services.Configure<ClusterMembershipOptions>(o =>
                {
                    o.ProbeTimeout = defaults.ProbeTimeout;
                    o.NumMissedProbesLimit = defaults.NumMissedProbesLimit;
                    o.NumVotesForDeathDeclaration = defaults.NumVotesForDeathDeclaration;
                    o.TableRefreshTimeout = defaults.TableRefreshTimeout;
                });
                services.Configure<SiloMessagingOptions>(o => o.ResponseTimeout = new SiloMessagingOptions().ResponseTimeout);
            }
        });
        output.WriteLine($"membership on the survivor: {membership}; service {settings.ServiceId}, cluster {settings.ClusterId}");
        var management = survivor.Grains.GetGrain<IManagementGrain>(0);

        // The child process starts cold (JIT, Redis, PostgreSQL) on a busy machine: give it time to join.
        var hosts = await WaitForChildToJoinAsync(management);
        Assert.False(child.HasExited, $"The silo process exited:{Environment.NewLine}{child.Output}");
        Assert.Equal(2, hosts.Count);
        var childAddress = hosts.Keys.Single(a => !a.Equals(survivor.Address));
        Assert.Equal(child.Settings.SiloPort, childAddress.Endpoint.Port);
        output.WriteLine($"cluster of two: survivor {survivor.Address}, child {childAddress} (pid {child.ProcessId})");

        // Half the accounts are created from the survivor (placement decided there), half through the child's
        // gateway (placement decided in the child process), so that the child hosts some of them.
        var keys = Enumerable.Range(1, 40).Select(i => $"kill-user-{i:00}").ToArray();
        var created = new Dictionary<string, UserAccount>();
        foreach (var key in keys[..20])
        {
            created[key] = await survivor.Grains.GetGrain<IUserAccountGrain>(key).CreateAsync(DisplayName(key), [Roles.Operator], Password, null);
        }

        await using (var client = await TestClient.ConnectAsync(child.Settings, output, "client"))
        {
            foreach (var key in keys[20..])
            {
                created[key] = await client.Grains.GetGrain<IUserAccountGrain>(key).CreateAsync(DisplayName(key), [Roles.Operator], Password, null);
            }
        }

        var before = await LocateAsync(management, keys);
        var onChild = keys.Where(k => childAddress.Equals(before.GetValueOrDefault(k))).ToArray();
        output.WriteLine(
            $"before the kill: {onChild.Length} of {keys.Length} accounts on the child " +
            $"({keys[..20].Count(onChild.Contains)} of those created from the survivor), " +
            $"{keys.Count(k => survivor.Address.Equals(before.GetValueOrDefault(k)))} on the survivor");
        Assert.NotEmpty(onChild);

        var clock = Stopwatch.StartNew();
        child.Kill();
        output.WriteLine($"child killed (exit code {child.ExitCode}) after {clock.Elapsed.TotalMilliseconds:F0} ms");

        // One grain is polled until it answers from the survivor: the failover time. The others follow.
        var firstAccount = await ReadAfterFailoverAsync(onChild[0]);
        var failover = clock.Elapsed;
        var reads = new List<(string Key, UserAccount? Account)> { (onChild[0], firstAccount) };
        foreach (var key in onChild[1..])
        {
            reads.Add((key, await ReadAfterFailoverAsync(key)));
        }

        output.WriteLine(
            $"failover ({membership}): first grain of the killed silo read back {failover.TotalSeconds:F1} s after the kill, " +
            $"all {reads.Count} after {clock.Elapsed.TotalSeconds:F1} s");

        foreach (var (key, account) in reads)
        {
            Assert.NotNull(account);
            Assert.Equal(created[key], account with { Roles = created[key].Roles });
            Assert.Equal([Roles.Operator], account.Roles);
            Assert.Equal(SignInOutcome.Succeeded, (await survivor.Grains.GetGrain<IUserAccountGrain>(key).SignInAsync(Password)).Outcome);
        }

        Assert.Single(await management.GetHosts(onlyActive: true));
        var after = await LocateAsync(management, onChild);
        Assert.All(onChild, key => Assert.Equal(survivor.Address, after.GetValueOrDefault(key)));

        // The grains that never left the survivor were not disturbed either.
        foreach (var key in keys.Except(onChild))
        {
            Assert.Equal(created[key].CreatedAt, (await survivor.Grains.GetGrain<IUserAccountGrain>(key).GetAsync())?.CreatedAt);
        }
    }

    /// <summary>
    /// Waits for the child to join. Its ports were probed free before it bound them: when another process took
    /// one meanwhile, the child exits saying so and starts again on fresh ports.
    /// </summary>
    private async Task<Dictionary<SiloAddress, SiloStatus>> WaitForChildToJoinAsync(IManagementGrain management)
    {
        for (var attempt = 1; ; attempt++)
        {
            var hosts = await Eventually.SucceedsAsync(
                () => management.GetHosts(onlyActive: true),
                TimeSpan.FromSeconds(90),
                h => h.Count == 2 || child!.HasExited,
                "the child process to join the survivor's cluster (two active members)");
            if (!child!.HasExited || attempt == 3 || !child.ExitedOnPortConflict())
            {
                return hosts;
            }

            output.WriteLine($"child: port {child.Settings.SiloPort} or {child.Settings.GatewayPort} was taken meanwhile; starting again on fresh ports");
            await child.DisposeAsync();
            child = SiloProcess.Start(settings!.AnotherSilo(), output, "child");
        }
    }

    private Task<UserAccount?> ReadAfterFailoverAsync(string key) =>
        Eventually.SucceedsAsync(
            () => survivor!.Grains.GetGrain<IUserAccountGrain>(key).GetAsync(),
            FailoverDeadline,
            a => a is not null,
            $"account '{key}' to be read back from the survivor after the kill");

    private static string DisplayName(string key) => $"Kill test {key}";

    /// <summary>Where each account grain is active now, by the cluster's own statistics.</summary>
    private async Task<Dictionary<string, SiloAddress>> LocateAsync(IManagementGrain management, IEnumerable<string> keys)
    {
        var ids = keys.ToDictionary(k => survivor!.Grains.GetGrain<IUserAccountGrain>(k).GetGrainId(), k => k);
        var statistics = await management.GetDetailedGrainStatistics();
        return statistics
            .Where(s => ids.ContainsKey(s.GrainId))
            .ToDictionary(s => ids[s.GrainId], s => s.SiloAddress);
    }
}
