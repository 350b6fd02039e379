using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Xunit.Abstractions;

using AmbonCC.IntegrationTests.Infrastructure;
using AmbonCC.IntegrationTests.Warnings;

namespace AmbonCC.IntegrationTests.Faults;

/// <summary>
/// PostgreSQL goes away under ingest (the forwarder to it is cut: connections reset, new ones refused) and comes
/// back: devices get 503 + Retry-After with a problem body that names no driver text, readiness names the
/// database, both recover by themselves, and every acknowledged reading is stored.
/// </summary>
[Collection(ProductionWebCollection.Name)]
public sealed class PostgresOutageTests(ProductionWebFixture app, ITestOutputHelper output)
{
    [Fact]
    public async Task An_outage_answers_503_with_retry_after_and_everything_recovers_without_loss()
    {
        await app.WaitUntilReadyAsync(TimeSpan.FromSeconds(60));
        var gauge = await TestRiver.RegisterAsync(app);
        var acknowledged = new HashSet<long>();
        var before = gauge.Next(5, 40);
        Assert.Equal(HttpStatusCode.OK, (await gauge.SendAsync(before)).StatusCode);
        acknowledged.UnionWith(Sequences(before));

        app.Postgres.Close();
        var during = gauge.Next(5, 41);
        HttpResponseMessage refused;
        string body;
        (int Status, JsonElement Body) readiness;
        try
        {
            refused = await gauge.SendAsync(during);
            body = await refused.Content.ReadAsStringAsync();
            var (status, json) = await app.ReadinessAsync();
            readiness = ((int)status, json);
        }
        finally
        {
            app.Postgres.Open();
        }

        var reopened = System.Diagnostics.Stopwatch.StartNew();
        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero, "503 without Retry-After");
        foreach (var leak in new[] { "Npgsql", "Exception", "refused", "Host=", "5432", "at " })
        {
            Assert.DoesNotContain(leak, body, StringComparison.Ordinal);
        }

        Assert.Equal(503, readiness.Status);
        Assert.Equal("Unhealthy", readiness.Body.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
        Assert.Equal("Healthy", readiness.Body.GetProperty("checks").GetProperty("redis").GetProperty("status").GetString());
        Assert.DoesNotContain("Npgsql", readiness.Body.ToString(), StringComparison.Ordinal);

        var recovery = await app.WaitUntilReadyAsync(TimeSpan.FromSeconds(60));
        output.WriteLine($"ready again {recovery.TotalSeconds:0.0} s after PostgreSQL returned");

        // The device retries the refused batch: it is stored now, and nothing acknowledged before is missing.
        HttpResponseMessage retried = null!;
        await Eventually.UntilAsync(async () =>
            (retried = await gauge.SendAsync(during)).StatusCode == HttpStatusCode.OK, TimeSpan.FromSeconds(60), "the refused batch to be accepted on retry");
        output.WriteLine($"ingest accepted again {reopened.Elapsed.TotalSeconds:0.0} s after PostgreSQL returned");
        Assert.Equal(5, (await retried.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accepted").GetInt32());
        acknowledged.UnionWith(Sequences(during));
        Assert.Subset(await app.StoredSequencesAsync(gauge.GaugeCode), acknowledged);
    }

    private static IEnumerable<long> Sequences(object[] readings) =>
        readings.Select(r => (long)r.GetType().GetProperty("seq")!.GetValue(r)!);
}
