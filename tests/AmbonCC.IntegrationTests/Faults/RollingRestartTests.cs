using System.Net;
using AmbonCC.IntegrationTests.Infrastructure;
using AmbonCC.IntegrationTests.Warnings;
using AmbonCC.IntegrationTests.Web;
using AmbonCC.RiverGauges;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Xunit.Abstractions;

namespace AmbonCC.IntegrationTests.Faults;

/// <summary>
/// Journey 5: "one silo is restarted for an update and nobody in the room notices". Two silos (each a web host,
/// as deployed) of one Production cluster on PostgreSQL and Redis; devices post through both, the way a load
/// balancer spreads them. Silo A, which holds some of the gauges' activations, is shut down and later started
/// again while the devices go on posting (only to B while A is away, as the balancer's health check would have
/// it). Every reading a device sent is acknowledged (a 503 with Retry-After is allowed and retried, as devices
/// do), every acknowledged reading is stored once, and each gauge ends with every reading it acknowledged.
/// </summary>
public sealed class RollingRestartTests(ITestOutputHelper output)
{
    private const int Gauges = 12;

    [Fact]
    public async Task A_silo_restarted_for_an_update_loses_no_reading()
    {
        var database = await TestDatabases.CreatePostgresDatabaseAsync("ambon_rolling");
        await using var redis = await ThrowawayRedis.StartAsync();
        var cluster = new ClusterSettings(database, redis.ConnectionString, TestDatabases.UniqueName("svc"), "rolling-" + Guid.NewGuid().ToString("N")[..8]);
        var b = new ClusterNode(cluster);
        ClusterNode? a = new(cluster);
        try
        {
            await a.InitializeAsync();
            await b.InitializeAsync();
            var rivers = new List<TestRiver>();
            for (var i = 0; i < Gauges; i++)
            {
                rivers.Add(await TestRiver.RegisterAsync(i % 2 == 0 ? a : b));
            }

            // Devices are bound to the host they were registered through; each also gets a route through B.
            var viaB = rivers.Select(r => r.Via(b)).ToList();
            var sent = new Dictionary<string, List<long>>();
            var unavailable = 0;

            async Task RoundAsync(bool bothUp)
            {
                for (var i = 0; i < rivers.Count; i++)
                {
                    var route = bothUp ? rivers[i] : viaB[i];
                    var batch = rivers[i].Next(1, 60);
                    for (var attempt = 0; ; attempt++)
                    {
                        var response = await route.SendAsync(batch);
                        if (response.StatusCode == HttpStatusCode.OK)
                        {
                            break;
                        }

                        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
                        Assert.NotNull(response.Headers.RetryAfter);
                        Assert.True(attempt < 20, $"{rivers[i].GaugeCode} still unavailable after {attempt} retries");
                        unavailable++;
                        await Task.Delay(250);
                    }

                    sent.TryAdd(rivers[i].GaugeCode, []);
                    sent[rivers[i].GaugeCode].Add(Seq(batch[0]));
                }
            }

            for (var round = 0; round < 5; round++)
            {
                await RoundAsync(bothUp: true);
            }

            var onA = await ActivationsAsync(b, a.SiloAddress);
            output.WriteLine($"gauge activations on silo A before its restart: {onA} of {Gauges}");
            Assert.True(onA > 0, "no gauge was active on silo A, so its restart would prove nothing");

            var stopping = a.DisposeAsync().AsTask();
            while (!stopping.IsCompleted)
            {
                await RoundAsync(bothUp: false);
            }

            await stopping;
            for (var round = 0; round < 5; round++)
            {
                await RoundAsync(bothUp: false);
            }

            a = new ClusterNode(cluster);
            await a.InitializeAsync();
            // Half the devices go back to the restarted silo, half stay on B.
            rivers = [.. rivers.Select((r, i) => i % 2 == 0 ? r.Via(a) : viaB[i])];
            for (var round = 0; round < 5; round++)
            {
                await RoundAsync(bothUp: true);
            }

            output.WriteLine($"503 answers retried: {unavailable}");
            foreach (var river in rivers)
            {
                Assert.Equal(sent[river.GaugeCode].ToHashSet(), await StoredAsync(database, river.GaugeCode));
                var status = await a.Grains.GetGrain<IRiverGaugeGrain>(river.GaugeCode).GetStatusAsync();
                Assert.Equal(sent[river.GaugeCode].Count, status!.ReadingCount);
            }
        }
        finally
        {
            if (a is not null)
            {
                await a.DisposeAsync();
            }

            await b.DisposeAsync();
            await TestDatabases.DropPostgresDatabaseAsync(database);
        }
    }

    private static async Task<HashSet<long>> StoredAsync(string database, string gauge)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT seq FROM gauge_readings WHERE gauge_code = @code", connection);
        command.Parameters.AddWithValue("code", gauge);
        var stored = new HashSet<long>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            stored.Add(reader.GetInt64(0));
        }

        return stored;
    }

    private static long Seq(object reading) => (long)reading.GetType().GetProperty("seq")!.GetValue(reading)!;

    private static async Task<int> ActivationsAsync(WebAppFixture node, string siloAddress)
    {
        var statistics = await node.Grains.GetGrain<IManagementGrain>(0).GetSimpleGrainStatistics();
        return statistics
            .Where(s => s.GrainType.Contains("RiverGaugeGrain", StringComparison.Ordinal) && s.SiloAddress.ToString() == siloAddress)
            .Sum(s => s.ActivationCount);
    }

    private sealed record ClusterSettings(string Postgres, string Redis, string ServiceId, string ClusterId);

    /// <summary>One silo of the cluster: its own ports and data directory, the cluster's database, Redis and ids.</summary>
    private sealed class ClusterNode(ClusterSettings cluster) : WebAppFixture
    {
        public string SiloAddress => Services.GetRequiredService<Orleans.Runtime.ILocalSiloDetails>().SiloAddress.ToString();

        protected override void Configure(IWebHostBuilder builder)
        {
            builder.UseSetting("AmbonCC:Profile", "Production");
            builder.UseSetting("AmbonCC:ServiceId", cluster.ServiceId);
            builder.UseSetting("AmbonCC:ClusterId", cluster.ClusterId);
            builder.UseSetting("AmbonCC:MembershipCheckInterval", "00:00:01");
            builder.UseSetting("ConnectionStrings:Postgres", cluster.Postgres);
            builder.UseSetting("ConnectionStrings:Redis", cluster.Redis);
        }
    }
}
