using AmbonCC.Silo.Outbox;
using System.Net;
using System.Text.Json;
using AmbonCC.IntegrationTests.Infrastructure;
using AmbonCC.IntegrationTests.Outbox;
using AmbonCC.IntegrationTests.Web;
using Microsoft.AspNetCore.Hosting;
using Npgsql;

namespace AmbonCC.IntegrationTests.Faults;

/// <summary>
/// The web host in the Production profile: PostgreSQL (a fresh database reached through a forwarder the tests
/// can cut), a throwaway Redis the tests can restart empty, and a recording gateway for the outbox.
/// </summary>
public sealed class ProductionWebFixture : WebAppFixture
{
    public TcpForwarder Postgres { get; private set; } = default!;

    public ThrowawayRedis Redis { get; private set; } = default!;

    public TestWebhook Gateway { get; private set; } = default!;

    /// <summary>The test database, reached directly (not through the forwarder): what really is stored.</summary>
    public string DirectConnectionString { get; private set; } = "";

    public override async Task InitializeAsync()
    {
        DirectConnectionString = await TestDatabases.CreatePostgresDatabaseAsync("ambon_faults");
        var server = new NpgsqlConnectionStringBuilder(DirectConnectionString);
        Postgres = TcpForwarder.Start(server.Host ?? "127.0.0.1", server.Port);
        Redis = await ThrowawayRedis.StartAsync();
        Gateway = await TestWebhook.StartAsync();
        await base.InitializeAsync();
    }

    protected override void Configure(IWebHostBuilder builder)
    {
        var proxied = new NpgsqlConnectionStringBuilder(DirectConnectionString) { Host = "127.0.0.1", Port = Postgres.Port, Timeout = 5 };
        builder.UseSetting("AmbonCC:Profile", "Production");
        builder.UseSetting("AmbonCC:ServiceId", TestDatabases.UniqueName("svc"));
        builder.UseSetting("AmbonCC:MembershipCheckInterval", "00:00:01");
        builder.UseSetting("ConnectionStrings:Postgres", proxied.ConnectionString);
        builder.UseSetting("ConnectionStrings:Redis", Redis.ConnectionString);
        builder.UseSetting("AmbonCC:Outbox:WebhookUrl", Gateway.Url);
        builder.UseSetting("AmbonCC:Outbox:PollInterval", "00:00:00.100");
        builder.UseSetting("AmbonCC:Outbox:RetryBaseDelay", "00:00:00.200");
        builder.UseSetting("AmbonCC:Outbox:RetryMaxDelay", "00:00:01");
        builder.UseSetting("AmbonCC:Outbox:MaxAttempts", "1000");
    }

    /// <summary>GET /health/ready: its status code and JSON body.</summary>
    public async Task<(HttpStatusCode Status, JsonElement Body)> ReadinessAsync()
    {
        var response = await Anonymous().GetAsync("/health/ready");
        var body = JsonSerializer.Deserialize<JsonElement>(await response.Content.ReadAsStringAsync());
        return (response.StatusCode, body);
    }

    /// <summary>Waits until /health/ready answers 200; fails the test with the last body if it does not.</summary>
    public async Task<TimeSpan> WaitUntilReadyAsync(TimeSpan timeout)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var last = await ReadinessAsync();
        while (last.Status != HttpStatusCode.OK)
        {
            Assert.True(clock.Elapsed < timeout, $"Not ready after {timeout.TotalSeconds:0} s: {last.Body}");
            await Task.Delay(200);
            last = await ReadinessAsync();
        }

        return clock.Elapsed;
    }

    /// <summary>Rows of one gauge in the ledger, read straight from PostgreSQL.</summary>
    public async Task<HashSet<long>> StoredSequencesAsync(string gauge)
    {
        await using var connection = new NpgsqlConnection(DirectConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT seq FROM gauge_readings WHERE gauge_code = @code", connection);
        command.Parameters.AddWithValue("code", gauge);
        var result = new HashSet<long>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            result.Add(reader.GetInt64(0));
        }

        return result;
    }

    /// <summary>Outbox rows of one warning (correlation "warning|ID|…"): idempotency key and status.</summary>
    public async Task<Dictionary<string, string>> OutboxOfWarningAsync(string warningId)
    {
        await using var connection = new NpgsqlConnection(DirectConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT idempotency_key, status, correlation FROM outbox_messages WHERE correlation IS NOT NULL", connection);
        var result = new Dictionary<string, string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            if (OutboxSql.Correlation(reader.GetString(2)) is { Kind: "warning" } correlation && correlation.Id == warningId)
            {
                result[reader.GetString(0)] = reader.GetString(1);
            }
        }

        return result;
    }

    protected override async Task AfterDisposeAsync()
    {
        await Gateway.DisposeAsync();
        await Redis.DisposeAsync();
        await Postgres.DisposeAsync();
        await TestDatabases.DropPostgresDatabaseAsync(DirectConnectionString);
    }
}

[CollectionDefinition(Name)]
public sealed class ProductionWebCollection : ICollectionFixture<ProductionWebFixture>
{
    public const string Name = "production-web";
}
