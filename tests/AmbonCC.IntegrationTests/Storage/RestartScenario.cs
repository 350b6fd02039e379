using AmbonCC.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace AmbonCC.IntegrationTests.Storage;

/// <summary>
/// The restart scenario shared by both profiles: state and a reminder written by one silo are found by the
/// silo that replaces it on the same store.
/// </summary>
internal static class RestartScenario
{
    // Short enough to keep the test fast; the reminder service loads it from the table after the restart.
    private static readonly TimeSpan ReminderDue = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan ReminderPeriod = TimeSpan.FromSeconds(2);

    public static async Task RunAsync(SiloSettings settings, ITestOutputHelper output)
    {
        var key = Guid.NewGuid().ToString("N");
        string etagBefore;
        await using (var first = await TestSilo.StartAsync(settings, output, "first"))
        {
            var grain = first.Grains.GetGrain<IStorageProbeGrain>(key);
            await grain.Append("north gate");
            await grain.Append("harbour");
            await grain.StartReminder(ReminderDue, ReminderPeriod);
            etagBefore = (await grain.Read()).ETag!;
        }

        // Armed only now: a tick from the first silo cannot satisfy it.
        var tick = ReminderSignals.Arm(key);
        await using var second = await TestSilo.StartAsync(settings.AnotherSilo(), output, "second");
        var restarted = second.Grains.GetGrain<IStorageProbeGrain>(key);

        var snapshot = await restarted.Read();
        Assert.Equal(["north gate", "harbour"], snapshot.Values);
        Assert.Equal(etagBefore, snapshot.ETag);

        var firedOn = await tick.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(second.Address.ToString(), firedOn);

        // The restarted activation writes on top of the stored version (no stale-ETag conflict).
        Assert.Equal(3, await restarted.Append("market"));
        await restarted.StopReminder();
    }
}
