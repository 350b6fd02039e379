using System.Diagnostics;
using System.Net;
using AmbonCC.Silo.Hosting;
using AmbonCC.Silo.Outbox;
using AmbonCC.Warnings;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

using AmbonCC.IntegrationTests.Infrastructure;
using AmbonCC.IntegrationTests.Warnings;

namespace AmbonCC.IntegrationTests.Faults;

/// <summary>
/// Redis restarts empty (no persistence) while devices send readings and a warning is being disseminated (the
/// gateway refuses at first, so its messages are in flight): readiness names Redis while it is away, the
/// consumer group and this silo's membership entry are written again, readiness recovers without a restart by
/// hand, every message reaches the gateway exactly once, and every acknowledged reading is stored.
/// </summary>
[Collection(ProductionWebCollection.Name)]
public sealed class RedisRestartTests(ProductionWebFixture app, ITestOutputHelper output)
{
    [Fact]
    public async Task A_redis_restart_loses_nothing_and_readiness_recovers_by_itself()
    {
        await app.WaitUntilReadyAsync(TimeSpan.FromSeconds(60));
        var flood = await TestRiver.RegisterAsync(app);
        var warningId = await flood.RaiseDraftAsync();
        app.Gateway.StatusCode = 503;
        var attemptsBefore = app.Gateway.Received.Count;
        await flood.ApproveAsync(warningId);
        await Eventually.UntilAsync(() => Task.FromResult(app.Gateway.Received.Count > attemptsBefore), TimeSpan.FromSeconds(60), "the gateway to refuse a first attempt");

        var transport = (RedisOutboxTransport)app.Services.GetRequiredService<IOutboxTransport>();
        var watchdog = app.Services.GetRequiredService<MembershipWatchdog>();
        var (recreatedBefore, restoresBefore) = (transport.GroupsRecreated, watchdog.Restores);
        var acknowledged = new HashSet<long>();
        using var stopIngest = new CancellationTokenSource();
        var ingest = IngestAsync(flood, acknowledged, stopIngest.Token);

        await app.Redis.StopAsync();
        var (downStatus, downBody) = await app.ReadinessAsync();
        await app.Redis.LaunchAsync();
        var restarted = Stopwatch.StartNew();
        app.Gateway.StatusCode = 200;
        var recovery = await app.WaitUntilReadyAsync(TimeSpan.FromSeconds(60));
        output.WriteLine($"ready {recovery.TotalSeconds:0.0} s after Redis came back empty");

        var warning = app.Grains.GetGrain<IFloodWarningGrain>(warningId);
        await Eventually.UntilAsync(async () =>
            (await warning.GetAsync())!.Recipients.Where(r => r.Role != EscalationPolicy.Social).All(r => r.State == DeliveryState.Sent), TimeSpan.FromSeconds(60), "every recipient with a channel to be sent after the restart");
        output.WriteLine($"all messages sent {restarted.Elapsed.TotalSeconds:0.0} s after Redis came back");
        stopIngest.Cancel();
        await ingest;

        Assert.Equal(HttpStatusCode.ServiceUnavailable, downStatus);
        Assert.Equal("Unhealthy", downBody.GetProperty("checks").GetProperty("redis").GetProperty("status").GetString());
        Assert.Equal("Healthy", downBody.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
        Assert.True(watchdog.Restores > restoresBefore, "the membership entry was not written again");
        Assert.True(transport.GroupsRecreated > recreatedBefore, "the consumer group was not created again");
        output.WriteLine($"consumer group recreated {transport.GroupsRecreated - recreatedBefore}x, membership restored {watchdog.Restores - restoresBefore}x");

        var outbox = await app.OutboxOfWarningAsync(warningId);
        Assert.NotEmpty(outbox);
        Assert.All(outbox.Values, status => Assert.Equal("sent", status));
        var accepted = app.Gateway.Accepted.ToList();
        Assert.All(outbox.Keys, key => Assert.Single(accepted, key));

        Assert.NotEmpty(acknowledged);
        Assert.Subset(await app.StoredSequencesAsync(flood.GaugeCode), acknowledged);
    }

    // A device sending one reading at a time at the same level (the warning stays as it is); keeps what was acknowledged.
    private static async Task IngestAsync(TestRiver flood, HashSet<long> acknowledged, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            var batch = flood.Next(1, 150);
            var response = await flood.SendAsync(batch);
            if (response.StatusCode == HttpStatusCode.OK)
            {
                acknowledged.Add((long)batch[0].GetType().GetProperty("seq")!.GetValue(batch[0])!);
            }

            await Task.Delay(20, CancellationToken.None);
        }
    }
}
