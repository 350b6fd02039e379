using AmbonCC.Platform.Outbox;
using AmbonCC.Platform.Ledger;
using AmbonCC.Silo.Database;
using AmbonCC.Silo.Hosting;
using AmbonCC.Silo.Ledger;
using AmbonCC.RiverGauges;
using AmbonCC.Silo.RiverGauges;
using AmbonCC.Silo.Outbox;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AmbonCC.IntegrationTests.Outbox;

/// <summary>The registration extensions wire a working Embedded host: ledger writes and outbox deliveries.</summary>
public sealed class OutboxHostingTests
{
    [Fact]
    public async Task AddAmbonLedger_and_AddAmbonOutbox_run_in_a_host()
    {
        var folder = Path.Combine(Path.GetTempPath(), "ambon-tests", Guid.NewGuid().ToString("N"));
        await using var webhook = await TestWebhook.StartAsync();
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["AmbonCC:DataDirectory"] = folder,
            ["AmbonCC:Outbox:WebhookUrl"] = webhook.Url,
            ["AmbonCC:Outbox:PollInterval"] = "00:00:00.100",
        });
        builder.Services.AddAmbonPlatform(builder.Configuration).AddAmbonLedger().AddRiverGauges(builder.Configuration).AddAmbonOutbox(builder.Configuration);
        using var host = builder.Build();
        var database = host.Services.GetRequiredService<AmbonDatabase>();
        await new Ledger.SqliteDatabaseFixture().MigrateForAsync(database);
        await host.StartAsync();

        var appended = await host.Services.GetRequiredService<IGaugeReadingLedger>()
            .AppendAsync([new GaugeReadingRow("G-1", 1, DateTimeOffset.UnixEpoch.AddDays(20000), 150, null)]);
        await host.Services.GetRequiredService<IOutbox>().EnqueueAsync([new OutboxMessage("telegram", "@rt7", "{}", "k-1")]);
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (webhook.Received.IsEmpty && waited.Elapsed < TimeSpan.FromSeconds(20))
        {
            await Task.Delay(50);
        }

        await host.StopAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
        Assert.Equal(1, appended.Inserted);
        Assert.Single(webhook.Received);
        Assert.IsType<EmbeddedOutboxTransport>(host.Services.GetRequiredService<IOutboxTransport>());
    }
}
