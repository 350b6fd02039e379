using AmbonCC.Platform.Outbox;
using AmbonCC.IntegrationTests.Ledger;
using AmbonCC.Silo.Database;
using AmbonCC.Silo.Outbox;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace AmbonCC.IntegrationTests.Outbox;

public sealed class PostgresRedisOutboxTests(PostgresDatabaseFixture fixture) : RedisOutboxTests(fixture), IClassFixture<PostgresDatabaseFixture>;

public sealed class SqliteRedisOutboxTests(SqliteDatabaseFixture fixture) : RedisOutboxTests(fixture), IClassFixture<SqliteDatabaseFixture>;

/// <summary>
/// The Production transport against real Redis (AMBONCC_TEST_REDIS): relay, consumer group, XAUTOCLAIM.
/// Redis measures idle time on its own clock, so these tests use the real clock and short leases, and wait
/// for outcomes with a generous deadline rather than asserting durations.
/// </summary>
public abstract class RedisOutboxTests(TestDatabaseFixture fixture) : IAsyncLifetime
{
    private readonly AmbonDatabase database = fixture.Database;

    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(20);
    private readonly string prefix = Guid.NewGuid().ToString("N")[..8];
    private TestWebhook webhook = null!;
    private ConnectionMultiplexer redis = null!;
    private IOptions<OutboxOptions> options = null!;

    public async Task InitializeAsync()
    {
        await OutboxTestData.ClearAsync(database);
        webhook = await TestWebhook.StartAsync();
        redis = await ConnectionMultiplexer.ConnectAsync(Environment.GetEnvironmentVariable("AMBONCC_TEST_REDIS") ?? "127.0.0.1:6379");
        options = Options.Create(new OutboxOptions
        {
            WebhookUrl = webhook.Url, StreamKey = "ambon-test:outbox:" + prefix, ConsumerGroup = "workers",
            Lease = TimeSpan.FromMilliseconds(500), AutoClaimInterval = TimeSpan.Zero,
            MaxAttempts = 2, RetryBaseDelay = TimeSpan.FromMilliseconds(200),
        });
    }

    public async Task DisposeAsync()
    {
        await redis.GetDatabase().KeyDeleteAsync(options.Value.StreamKey);
        await redis.DisposeAsync();
        await webhook.DisposeAsync();
    }

    [Fact]
    public async Task The_relay_feeds_the_consumer_group_and_workers_acknowledge()
    {
        await Outbox().EnqueueAsync([Message("a"), Message("b"), Message("c")]);
        var relay = Relay();

        Assert.Equal(3, await relay.RelayOnceAsync(default));
        Assert.Equal(0, await relay.RelayOnceAsync(default)); // marked as relayed
        var worker = Worker("w1");
        while (await worker.RunOnceAsync(default) > 0)
        {
        }

        Assert.Equal(3, (await Outbox().ListAsync(OutboxStatus.Sent, 100)).Count);
        Assert.Equal(3, webhook.Received.Count);
        Assert.Equal(0, (await redis.GetDatabase().StreamPendingAsync(options.Value.StreamKey, "workers")).PendingMessageCount);
    }

    [Fact]
    public async Task Entries_of_a_dead_consumer_are_claimed_and_delivered_by_another()
    {
        var id = (await Outbox().EnqueueAsync([Message("orphan")]))[0].Id;
        await Relay().RelayOnceAsync(default);
        // The dead consumer reads and claims the entry, then never sends nor acknowledges.
        var dead = await Transport().ReceiveAsync("dead", 10, default);
        Assert.Equal(id, Assert.Single(dead).Message.Id);
        Assert.Equal(OutboxStatus.Sending, (await Outbox().GetAsync(id))!.Status);

        var survivor = Worker("survivor");
        await WaitUntilAsync(async () =>
        {
            await survivor.RunOnceAsync(default);
            return (await Outbox().GetAsync(id))!.Status == OutboxStatus.Sent;
        });

        Assert.Equal(2, (await Outbox().GetAsync(id))!.Attempts);
        Assert.Single(webhook.Received);
        Assert.Equal(0, (await redis.GetDatabase().StreamPendingAsync(options.Value.StreamKey, "workers")).PendingMessageCount);
    }

    [Fact]
    public async Task A_failed_delivery_is_relayed_again_when_due_and_parked_at_the_limit()
    {
        webhook.StatusCode = 500;
        var id = (await Outbox().EnqueueAsync([Message("flaky")]))[0].Id;
        var relay = Relay();
        var worker = Worker("w1");

        await WaitUntilAsync(async () =>
        {
            await relay.RelayOnceAsync(default);
            await worker.RunOnceAsync(default);
            return (await Outbox().GetAsync(id))!.Status == OutboxStatus.Parked;
        });

        Assert.Equal(2, webhook.Received.Count);
        Assert.Equal(2, (await Outbox().GetAsync(id))!.Attempts);
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(waited.Elapsed < Deadline, "condition not reached before the deadline");
            await Task.Delay(100);
        }
    }

    private OutboxMessage Message(string name) => new("sms", "+6281100", """{"text":"Siaga 1"}""", $"{prefix}/{name}", new OutboxCorrelation("warning", "w", "1"));

    private OutboxStore Outbox() => new(database, TimeProvider.System, new OutboxSignal());

    private OutboxDeliveryStore DeliveryStore() => new(database, TimeProvider.System);

    private RedisOutboxTransport Transport() => new(redis, DeliveryStore(), options, TimeProvider.System);

    private OutboxRedisRelay Relay() =>
        new(DeliveryStore(), Transport(), new OutboxSignal(), options, TimeProvider.System, NullLogger<OutboxRedisRelay>.Instance);

    private OutboxWorker Worker(string name) =>
        new(Transport(), DeliveryStore(), new WebhookChannelSender(new HttpClient(), options), [], new OutboxSignal(), options,
            TimeProvider.System, NullLogger<OutboxWorker>.Instance) { ConsumerName = name };
}
