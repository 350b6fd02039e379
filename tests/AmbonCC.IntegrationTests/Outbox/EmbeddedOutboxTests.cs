using AmbonCC.Platform.Outbox;
using AmbonCC.IntegrationTests.Ledger;
using AmbonCC.Silo.Database;
using AmbonCC.Silo.Outbox;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace AmbonCC.IntegrationTests.Outbox;

public sealed class SqliteEmbeddedOutboxTests(SqliteDatabaseFixture fixture) : EmbeddedOutboxTests(fixture), IClassFixture<SqliteDatabaseFixture>;

public sealed class PostgresEmbeddedOutboxTests(PostgresDatabaseFixture fixture) : EmbeddedOutboxTests(fixture), IClassFixture<PostgresDatabaseFixture>;

/// <summary>The outbox table and the polling transport, with a fake clock driving retries and leases.</summary>
public abstract class EmbeddedOutboxTests(TestDatabaseFixture fixture) : IAsyncLifetime
{
    private readonly AmbonDatabase database = fixture.Database;

    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero));
    private readonly RecordingObserver observer = new();
    private readonly string prefix = Guid.NewGuid().ToString("N")[..8];
    private TestWebhook webhook = null!;
    private OutboxOptions options = null!;

    public async Task InitializeAsync()
    {
        // Tests of one class share a database and run one after another: each starts with an empty outbox.
        await OutboxTestData.ClearAsync(database);
        webhook = await TestWebhook.StartAsync();
        options = new OutboxOptions
        {
            WebhookUrl = webhook.Url, MaxAttempts = 3, Lease = TimeSpan.FromMinutes(1),
            RetryBaseDelay = TimeSpan.FromSeconds(10), RetryMaxDelay = TimeSpan.FromMinutes(5),
        };
    }

    public async Task DisposeAsync() => await webhook.DisposeAsync();

    [Fact]
    public async Task Enqueuing_the_same_key_twice_stores_one_message()
    {
        var outbox = Store();
        var first = await outbox.EnqueueAsync([Message("a"), Message("b")]);
        var second = await outbox.EnqueueAsync([Message("a")]);

        Assert.True(first.All(r => r.Created));
        Assert.False(second[0].Created);
        Assert.Equal(first[0].Id, second[0].Id);
        var queued = await outbox.ListAsync(OutboxStatus.Queued, 1000);
        Assert.Single(queued, m => m.IdempotencyKey == Key("a"));
    }

    [Fact]
    public async Task The_worker_delivers_to_the_webhook_and_reports_it()
    {
        var ids = await Store().EnqueueAsync([Message("hello", """{"text":"Siaga 2"}""")]);

        await DrainAsync(Worker());

        var (key, body) = Assert.Single(webhook.Received, r => r.IdempotencyKey == Key("hello"));
        Assert.Equal("Siaga 2", body.GetProperty("payload").GetProperty("text").GetString());
        Assert.Equal("whatsapp", body.GetProperty("channel").GetString());
        Assert.Equal(OutboxStatus.Sent, (await Store().GetAsync(ids[0].Id))!.Status);
        var report = Assert.Single(observer.Reports);
        Assert.Equal((OutboxStatus.Sent, new OutboxCorrelation("warning", "warning-1", "rt-7")), (report.Status, report.Message.Correlation));
    }

    [Fact]
    public async Task Failures_are_retried_with_backoff_then_parked()
    {
        webhook.StatusCode = 503;
        var id = (await Store().EnqueueAsync([Message("flaky")]))[0].Id;
        var worker = Worker();

        Assert.Equal(1, await worker.RunOnceAsync(default));
        var afterFirst = (await Store().GetAsync(id))!;
        Assert.Equal((OutboxStatus.Queued, 1), (afterFirst.Status, afterFirst.Attempts));
        Assert.Equal(time.GetUtcNow() + TimeSpan.FromSeconds(10), afterFirst.NextAttemptAt);
        Assert.Equal(0, await worker.RunOnceAsync(default)); // not due yet

        time.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal(1, await worker.RunOnceAsync(default));
        Assert.Equal(time.GetUtcNow() + TimeSpan.FromSeconds(20), (await Store().GetAsync(id))!.NextAttemptAt);

        time.Advance(TimeSpan.FromSeconds(20));
        Assert.Equal(1, await worker.RunOnceAsync(default));
        var parked = Assert.Single(await Store().ListAsync(OutboxStatus.Parked, 1000), m => m.Id == id);
        Assert.Equal(3, parked.Attempts);
        Assert.Contains("503", parked.LastError);
        Assert.Equal([OutboxStatus.Queued, OutboxStatus.Queued, OutboxStatus.Parked], observer.Reports.Select(r => r.Status));

        // An operator sends it again once the gateway is back.
        webhook.StatusCode = 200;
        Assert.True(await Store().RequeueAsync(id));
        await DrainAsync(worker);
        Assert.Equal(OutboxStatus.Sent, (await Store().GetAsync(id))!.Status);
    }

    [Fact]
    public async Task A_permanent_refusal_fails_without_retrying()
    {
        webhook.StatusCode = 404;
        var id = (await Store().EnqueueAsync([Message("nobody")]))[0].Id;

        await DrainAsync(Worker());

        Assert.Equal((OutboxStatus.Failed, 1), ((await Store().GetAsync(id))!.Status, (await Store().GetAsync(id))!.Attempts));
    }

    [Fact]
    public async Task A_message_claimed_by_a_dead_worker_is_delivered_after_the_lease()
    {
        var id = (await Store().EnqueueAsync([Message("orphan")]))[0].Id;
        var deliveryStore = new OutboxDeliveryStore(database, time);
        // The dead worker claims it and never reports back.
        Assert.Contains(await deliveryStore.ClaimDueAsync("dead-worker", 100, options.Lease, default), m => m.Id == id);
        var survivor = Worker();
        Assert.Equal(0, await survivor.RunOnceAsync(default));

        time.Advance(options.Lease);
        await DrainAsync(survivor);

        var delivered = (await Store().GetAsync(id))!;
        Assert.Equal((OutboxStatus.Sent, 2), (delivered.Status, delivered.Attempts));
        Assert.Single(webhook.Received, r => r.IdempotencyKey == Key("orphan"));
    }

    private static async Task DrainAsync(OutboxWorker worker)
    {
        while (await worker.RunOnceAsync(default) > 0)
        {
        }
    }

    private string Key(string name) => $"{prefix}/{name}";

    private OutboxMessage Message(string name, string payload = "{}") =>
        new("whatsapp", "+62811000" + name.Length, payload, Key(name), new OutboxCorrelation("warning", "warning-1", "rt-7"));

    private OutboxStore Store() => new(database, time, new OutboxSignal());

    private OutboxWorker Worker()
    {
        var opts = Options.Create(options);
        var store = new OutboxDeliveryStore(database, time);
        return new OutboxWorker(new EmbeddedOutboxTransport(store, opts), store, new WebhookChannelSender(new HttpClient(), opts),
            [observer], new OutboxSignal(), opts, time, NullLogger<OutboxWorker>.Instance) { ConsumerName = "worker-" + prefix };
    }
}
