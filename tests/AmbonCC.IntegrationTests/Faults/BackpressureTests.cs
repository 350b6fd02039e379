using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AmbonCC.IntegrationTests.Web;
using Microsoft.AspNetCore.Hosting;

using AmbonCC.IntegrationTests.Infrastructure;
using AmbonCC.IntegrationTests.Warnings;

namespace AmbonCC.IntegrationTests.Faults;

/// <summary>A web host whose ledger queue holds two rows: a larger batch is refused at once.</summary>
public sealed class TinyLedgerFixture : WebAppFixture
{
    protected override void Configure(IWebHostBuilder builder) =>
        builder.UseSetting("AmbonCC:Ledger:MaxQueuedRows", "2");
}

/// <summary>A saturated ledger answers 503 + Retry-After with a problem body; nothing of the batch is stored.</summary>
public sealed class BackpressureTests(TinyLedgerFixture app) : IClassFixture<TinyLedgerFixture>
{
    [Fact]
    public async Task A_batch_the_ledger_queue_cannot_take_is_refused_with_503_and_retry_after()
    {
        var gauge = await TestRiver.RegisterAsync(app);

        var refused = await gauge.SendAsync(gauge.Next(3, 40));
        var fits = await gauge.SendAsync(gauge.Next(2, 40));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal(TimeSpan.FromSeconds(1), refused.Headers.RetryAfter?.Delta);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(503, problem.GetProperty("status").GetInt32());
        Assert.StartsWith("Busy", problem.GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.OK, fits.StatusCode);
        var stored = await gauge.Device.GetFromJsonAsync<JsonElement>($"/api/v1/gauges/{gauge.GaugeCode}/readings");
        Assert.Equal(2, stored.GetProperty("readings").GetArrayLength());
    }
}
