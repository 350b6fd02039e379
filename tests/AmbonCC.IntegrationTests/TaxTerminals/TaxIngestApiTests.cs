using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using AmbonCC.IntegrationTests.Infrastructure;
using AmbonCC.IntegrationTests.Web;
using AmbonCC.Incidents;
using AmbonCC.Security;
using AmbonCC.TaxTerminals;
using AmbonCC.Web.Security;
using Microsoft.Extensions.DependencyInjection;

namespace AmbonCC.IntegrationTests.TaxTerminals;

/// <summary>The terminal ingest API: durable, idempotent on receipt number, strict about input, bound to the key's serial.</summary>
[Collection(WebCollection.Name)]
public sealed class TaxIngestApiTests(WebAppFixture app)
{
    private ITaxTransactionLedger Ledger => app.Services.GetRequiredService<ITaxTransactionLedger>();

    [Fact]
    public async Task Receipts_are_stored_once_and_a_retry_is_acknowledged_again()
    {
        var outlet = await TaxTestOutlet.CreateAsync(app);
        var batch = TaxTestOutlet.Sales(100, 3);

        var first = await (await outlet.Device.PostAsJsonAsync(outlet.Url, batch)).Content.ReadFromJsonAsync<JsonElement>();
        var retry = await outlet.Device.PostAsJsonAsync(outlet.Url, batch);

        Assert.Equal(3, first.GetProperty("accepted").GetInt32());
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        var again = await retry.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(0, again.GetProperty("accepted").GetInt32());
        Assert.Equal(3, again.GetProperty("duplicates").GetInt32());
        Assert.Equal(3, await Ledger.CountAsync(outlet.Serial));
        Assert.Equal(102, again.GetProperty("status").GetProperty("lastReceiptNo").GetInt64());
    }

    [Fact]
    public async Task A_stored_receipt_sent_with_other_content_is_409_stores_nothing_of_the_batch_and_raises_a_finding()
    {
        var outlet = await TaxTestOutlet.CreateAsync(app);
        await outlet.Device.PostAsJsonAsync(outlet.Url, TaxTestOutlet.Sales(1, 3));
        object[] tampered = [TaxTestOutlet.Sale(4, DateTimeOffset.UtcNow.AddMinutes(-1)), TaxTestOutlet.Sale(2, DateTimeOffset.UtcNow.AddMinutes(-4), 20_000m)];

        var response = await outlet.Device.PostAsJsonAsync(outlet.Url, tampered);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(3, await Ledger.CountAsync(outlet.Serial));
        var view = await Eventually.SucceedsAsync(() => app.Grains.GetGrain<ITaxpayerGrain>(outlet.Npwpd).GetViewAsync(), TimeSpan.FromSeconds(20),
            v => v!.Findings.Any(f => f.Kind == FindingKind.ChangedReceipt), "a changed-receipt finding on the taxpayer");
        Assert.Equal(CaseStage.Open, view!.Case.Stage);
        var alarm = await Eventually.SucceedsAsync(() => app.Grains.GetGrain<IAlarmGrain>(AlarmKeys.For("terminal:" + outlet.Serial, "manipulation")).GetAsync(),
            TimeSpan.FromSeconds(20), a => a is { Active: true }, "a manipulation alarm on the incident queue");
        Assert.NotNull(alarm!.IncidentId);
    }

    [Theory]
    [InlineData("""[{"issuedAt":"NOW","subtotal":1000,"tax":100,"total":1100,"kind":"sale"}]""", "[0].receiptNo")]
    [InlineData("""[{"receiptNo":1,"issuedAt":"NOW","subtotal":-1000,"tax":0,"total":-1000,"kind":"sale"}]""", "[0].subtotal")]
    [InlineData("""[{"receiptNo":1,"issuedAt":"NOW","subtotal":1000,"tax":100,"total":1200,"kind":"sale"}]""", "[0].total")]
    [InlineData("""[{"receiptNo":1,"issuedAt":"NOW","subtotal":1000,"tax":100,"total":1100,"kind":"gift"}]""", "[0].kind")]
    [InlineData("""[{"receiptNo":1,"issuedAt":"2126-01-01T10:00:00+09:00","subtotal":1000,"tax":100,"total":1100,"kind":"sale"}]""", "[0].issuedAt")]
    [InlineData("""[{"receiptNo":1,"issuedAt":"NOW","subtotal":1000,"tax":100,"total":1100,"kind":"sale"},{"receiptNo":2,"issuedAt":"NOW","subtotal":"banyak","tax":100,"total":1100,"kind":"sale"}]""", "[1].subtotal")]
    [InlineData("""[{"receiptNo":1,""", "body")]
    public async Task Bad_input_gets_400_naming_the_field_and_nothing_of_the_batch_is_stored(string body, string field)
    {
        var outlet = await TaxTestOutlet.CreateAsync(app);
        body = body.Replace("NOW", DateTimeOffset.UtcNow.AddMinutes(-1).ToString("O"), StringComparison.Ordinal);

        var response = await outlet.Device.PostAsync(outlet.Url, new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var fields = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains(fields, f => f.StartsWith(field, StringComparison.OrdinalIgnoreCase));
        Assert.Equal(0, await Ledger.CountAsync(outlet.Serial));
    }

    [Fact]
    public async Task Wrong_key_no_key_wrong_media_type_and_oversized_batches_are_refused_and_store_nothing()
    {
        var outlet = await TaxTestOutlet.CreateAsync(app);
        var other = await TaxTestOutlet.CreateAsync(app);
        var anonymous = app.Anonymous();

        var wrongKey = await other.Device.PostAsJsonAsync(outlet.Url, TaxTestOutlet.Sales(1, 1));
        var noKey = await anonymous.PostAsJsonAsync(outlet.Url, TaxTestOutlet.Sales(1, 1));
        var text = await outlet.Device.PostAsync(outlet.Url, new StringContent(JsonSerializer.Serialize(TaxTestOutlet.Sales(1, 1)), Encoding.UTF8, "text/plain"));
        var tooMany = await outlet.Device.PostAsJsonAsync(outlet.Url, TaxTestOutlet.Sales(1, 501));

        Assert.Equal(HttpStatusCode.Forbidden, wrongKey.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, noKey.StatusCode);
        Assert.True(text.StatusCode == HttpStatusCode.UnsupportedMediaType, $"{text.StatusCode}: {await text.Content.ReadAsStringAsync()}");
        // The shared device ingest answers a batch of more than 500 items like the gauges: 400 naming "$".
        Assert.Equal(HttpStatusCode.BadRequest, tooMany.StatusCode);
        Assert.Equal("application/problem+json", tooMany.Content.Headers.ContentType?.MediaType);
        Assert.Equal(0, await Ledger.CountAsync(outlet.Serial));
    }

    [Fact]
    public async Task A_heartbeat_with_a_skewed_clock_is_a_finding_and_lists_show_the_terminal()
    {
        var outlet = await TaxTestOutlet.CreateAsync(app);

        var beat = await outlet.Device.PostAsJsonAsync($"/api/v1/terminals/{outlet.Serial}/heartbeat", new { deviceTime = DateTimeOffset.UtcNow.AddMinutes(-30) });

        Assert.Equal(HttpStatusCode.OK, beat.StatusCode);
        Assert.Equal("Green", (await beat.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("health").GetString());
        await Eventually.SucceedsAsync(() => app.Grains.GetGrain<ITaxpayerGrain>(outlet.Npwpd).GetViewAsync(), TimeSpan.FromSeconds(20),
            v => v!.Findings.Any(f => f.Kind == FindingKind.ClockSkew), "a clock-skew finding");
        var officer = await app.SignedInAsync("tax.officer.list", Roles.TaxOfficer);
        var taxpayer = await officer.GetFromJsonAsync<JsonElement>($"/api/v1/taxpayers/{outlet.Npwpd}");
        Assert.Equal(outlet.Serial, taxpayer.GetProperty("terminals")[0].GetString());
    }
}
