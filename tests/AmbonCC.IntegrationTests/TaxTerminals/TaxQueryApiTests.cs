using System.Collections.Immutable;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AmbonCC.IntegrationTests.Infrastructure;
using AmbonCC.IntegrationTests.Web;
using AmbonCC.Platform;
using AmbonCC.Security;
using AmbonCC.TaxTerminals;
using AmbonCC.Web.Security;

namespace AmbonCC.IntegrationTests.TaxTerminals;

/// <summary>
/// The register's read side for agency systems and officers: the anomaly queue, the city's figures and the filtered,
/// paged terminal list. Each test works in a kelurahan of its own, so rows of other tests never enter its filters.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class TaxQueryApiTests(WebAppFixture app)
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);

    private static string NewKelurahan() => "99.99." + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();

    private async Task<HttpClient> KeyAsync(string subject)
    {
        var client = app.Anonymous();
        client.DefaultRequestHeaders.Add(ApiKeys.Header, await app.IssueKeyAsync(subject, ApiScopes.Opd));
        return client;
    }

    [Fact]
    public async Task The_anomaly_queue_ranks_by_score_with_overdue_first_among_equals_filters_pages_and_admits_only_tax_callers()
    {
        var kelurahan = NewKelurahan();
        var outlet = await TaxTestOutlet.CreateAsync(app, kelurahan);
        await app.Grains.GetGrain<ITaxpayerGrain>(outlet.Npwpd).ReportFindingsAsync(
            (await app.Grains.GetGrain<ITaxTerminalGrain>(outlet.Serial).GetProfileAsync())!,
            [new TaxFinding("off:query", FindingKind.DeviceOff, outlet.Serial, DateTimeOffset.UtcNow, 5, "Terminal diam saat jam buka", ImmutableDictionary<string, string>.Empty)]);

        // Rows with stages and deadlines a real case reaches only after days, reported as a taxpayer reports them.
        var register = TaxRegisters.For(app.Grains, kelurahan);
        var id = kelurahan[6..];
        TaxpayerChanged Row(string npwpd, double score, CaseStage stage, bool overdue, int findings = 2) =>
            new(npwpd, "Kafe " + npwpd, kelurahan, "case", score, stage, overdue, findings, "Voids berat", DateTimeOffset.UtcNow);
        string[] top = ["Q.TOP." + id, "Q.LATE." + id, "Q.DUE." + id];
        await register.ReportTaxpayerAsync(Row(top[0], 1000, CaseStage.TeguranII, overdue: false));
        await register.ReportTaxpayerAsync(Row(top[2], 500, CaseStage.TeguranI, overdue: false));
        await register.ReportTaxpayerAsync(Row(top[1], 500, CaseStage.TeguranI, overdue: true));
        try
        {
            var officer = await app.SignedInAsync("tax.officer.queue", Roles.TaxOfficer);
            var url = $"/api/v1/tax/anomalies?kelurahan={kelurahan}";
            var all = await Eventually.SucceedsAsync(() => officer.GetFromJsonAsync<JsonElement>(url), Wait,
                q => q.GetProperty("total").GetInt32() == 4, "the outlet's finding in the queue beside the three reported rows");
            var teguranI = await officer.GetFromJsonAsync<JsonElement>(url + "&stage=TEGURANI");
            var overdue = await officer.GetFromJsonAsync<JsonElement>(url + "&overdue=true");
            var page = await officer.GetFromJsonAsync<JsonElement>(url + "&limit=2&offset=1");
            var agency = await (await KeyAsync("opd:BPPRD")).GetAsync(url);
            var otherOpd = await (await KeyAsync("opd:DISHUB")).GetAsync(url);
            var nobody = await app.Anonymous().GetAsync(url);

            Assert.Equal([.. top, outlet.Npwpd], Npwpds(all));
            var mine = all.GetProperty("items")[3];
            Assert.Equal("open", mine.GetProperty("stage").GetString());
            Assert.Equal(1, mine.GetProperty("findings").GetInt32());
            Assert.Equal("Terminal diam saat jam buka", mine.GetProperty("topFinding").GetString());
            Assert.Equal("Rumah Makan Uji " + outlet.Serial[2..], mine.GetProperty("outlet").GetString());
            Assert.Equal(kelurahan, mine.GetProperty("kelurahan").GetString());
            Assert.True(mine.GetProperty("score").GetDouble() > 0);
            Assert.Equal("teguranII", all.GetProperty("items")[0].GetProperty("stage").GetString());
            Assert.Equal([top[1], top[2]], Npwpds(teguranI));
            Assert.Equal(2, teguranI.GetProperty("total").GetInt32());
            Assert.Equal([top[1]], Npwpds(overdue));
            Assert.True(overdue.GetProperty("items")[0].GetProperty("overdue").GetBoolean());
            Assert.Equal(4, page.GetProperty("total").GetInt32());
            Assert.Equal([top[1], top[2]], Npwpds(page));
            Assert.Equal(HttpStatusCode.OK, agency.StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, otherOpd.StatusCode);
            Assert.Equal(HttpStatusCode.Unauthorized, nobody.StatusCode);
        }
        finally
        {
            // Leave the shared register's queue as it was: a row without findings or case leaves the queue.
            foreach (var npwpd in top)
            {
                await register.ReportTaxpayerAsync(Row(npwpd, 0, CaseStage.Closed, overdue: false, findings: 0) with { At = DateTimeOffset.UtcNow.AddSeconds(1) });
            }
        }
    }

    [Theory]
    [InlineData("/api/v1/tax/anomalies?stage=3", "stage")]
    [InlineData("/api/v1/tax/anomalies?stage=teguran", "stage")]
    [InlineData("/api/v1/tax/anomalies?overdue=ya", "overdue")]
    [InlineData("/api/v1/tax/anomalies?kelurahan=81.71%2F..", "kelurahan")]
    [InlineData("/api/v1/tax/anomalies?limit=0", "limit")]
    [InlineData("/api/v1/tax/anomalies?limit=501", "limit")]
    [InlineData("/api/v1/tax/anomalies?offset=100001", "offset")]
    [InlineData("/api/v1/tax/anomalies?offset=-1", "offset")]
    [InlineData("/api/v1/terminals?status=yellow", "status")]
    [InlineData("/api/v1/terminals?npwpd=%3Cscript%3E", "npwpd")]
    [InlineData("/api/v1/terminals?limit=1001", "limit")]
    [InlineData("/api/v1/terminals?limit=abc", "limit")]
    [InlineData("/api/v1/terminals?offset=1e3", "offset")]
    public async Task A_bad_query_parameter_is_a_400_problem_naming_it(string url, string field)
    {
        var officer = await app.SignedInAsync("tax.officer.params", Roles.TaxOfficer);

        var response = await officer.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal([field], errors.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task Terminals_filter_by_kelurahan_npwpd_and_status_and_answer_a_page_only_when_asked()
    {
        var kelurahan = NewKelurahan();
        var first = await TaxTestOutlet.CreateAsync(app, kelurahan);
        var second = await TaxTestOutlet.CreateAsync(app, kelurahan);
        Assert.Equal(HttpStatusCode.OK, (await first.Device.PostAsJsonAsync(first.Url, TaxTestOutlet.Sales(1, 2))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await second.Device.PostAsJsonAsync(second.Url, TaxTestOutlet.Sales(1, 2))).StatusCode);
        var agency = await KeyAsync("opd:BPPRD");
        var url = $"/api/v1/terminals?kelurahan={kelurahan}";

        var listed = await Eventually.SucceedsAsync(() => agency.GetFromJsonAsync<JsonElement>(url), Wait,
            list => list.GetArrayLength() == 2 && list.EnumerateArray().All(t => t.GetProperty("status").GetString() == "green"),
            "both terminals green in the register");
        var byNpwpd = await agency.GetFromJsonAsync<JsonElement>($"{url}&npwpd={second.Npwpd.ToLowerInvariant()}");
        var red = await agency.GetFromJsonAsync<JsonElement>($"{url}&status=RED");
        var paged = await agency.GetFromJsonAsync<JsonElement>($"{url}&limit=1");
        var fromOne = await agency.GetFromJsonAsync<JsonElement>($"{url}&offset=1");
        var unfiltered = await agency.GetFromJsonAsync<JsonElement>("/api/v1/terminals");
        var otherOpd = await (await KeyAsync("opd:DISHUB")).GetAsync(url);

        Assert.Equal(new[] { first.Serial, second.Serial }.Order(StringComparer.Ordinal), listed.EnumerateArray().Select(t => t.GetProperty("serial").GetString()!).Order(StringComparer.Ordinal));
        Assert.Equal(second.Serial, Assert.Single(byNpwpd.EnumerateArray()).GetProperty("serial").GetString());
        Assert.Equal(0, red.GetArrayLength());
        Assert.Equal(2, paged.GetProperty("total").GetInt32());
        Assert.Equal(listed[0].GetProperty("serial").GetString(), Assert.Single(paged.GetProperty("items").EnumerateArray()).GetProperty("serial").GetString());
        Assert.Equal(listed[1].GetProperty("serial").GetString(), Assert.Single(fromOne.GetProperty("items").EnumerateArray()).GetProperty("serial").GetString());
        Assert.Equal(JsonValueKind.Array, unfiltered.ValueKind);
        Assert.True(unfiltered.GetArrayLength() >= 2);
        Assert.Equal(HttpStatusCode.Forbidden, otherOpd.StatusCode);
    }

    [Fact]
    public async Task The_summary_carries_the_registers_figures_with_the_city_day()
    {
        var officer = await app.SignedInAsync("tax.officer.summary", Roles.TaxOfficer);
        var before = await officer.GetFromJsonAsync<JsonElement>("/api/v1/tax/summary");
        var outlet = await TaxTestOutlet.CreateAsync(app, NewKelurahan());
        Assert.Equal(HttpStatusCode.OK, (await outlet.Device.PostAsJsonAsync(outlet.Url, TaxTestOutlet.Sales(1, 3, 200_000m))).StatusCode);

        var after = await Eventually.SucceedsAsync(() => officer.GetFromJsonAsync<JsonElement>("/api/v1/tax/summary"), Wait,
            s => s.GetProperty("terminals").GetInt32() > before.GetProperty("terminals").GetInt32()
                && s.GetProperty("todayReceipts").GetInt32() >= before.GetProperty("todayReceipts").GetInt32() + 3,
            "the new terminal and its receipts in the city's figures");
        var otherOpd = await (await KeyAsync("opd:DISHUB")).GetAsync("/api/v1/tax/summary");
        var nobody = await app.Anonymous().GetAsync("/api/v1/tax/summary");

        var asOf = after.GetProperty("asOf").GetDateTimeOffset();
        Assert.Equal(TimeSpan.FromHours(9), asOf.Offset); // city time (WIT), so "day" is the city's day
        Assert.Equal(asOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), after.GetProperty("day").GetString());
        Assert.True(after.GetProperty("todayTurnover").GetDecimal() >= before.GetProperty("todayTurnover").GetDecimal() + 600_000m);
        Assert.True(after.GetProperty("todayTax").GetDecimal() >= before.GetProperty("todayTax").GetDecimal() + 60_000m);
        Assert.True(after.GetProperty("monthTurnover").GetDecimal() >= after.GetProperty("todayTurnover").GetDecimal());
        foreach (var name in new[] { "monthTax", "lastMonthTurnover", "red", "redThreeDays" })
        {
            Assert.True(after.TryGetProperty(name, out _), name);
        }

        Assert.Equal(HttpStatusCode.Forbidden, otherOpd.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, nobody.StatusCode);
    }

    [Theory]
    [InlineData("/api/v1/tax/anomalies", "stage,overdue,kelurahan,limit,offset")]
    [InlineData("/api/v1/terminals", "status,kelurahan,npwpd,limit,offset")]
    [InlineData("/api/v1/tax/summary", "")]
    public async Task The_openapi_document_names_every_query_parameter_so_the_fuzzer_sends_hostile_values_to_them(string path, string parameters)
    {
        var document = await app.Anonymous().GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var get = document.GetProperty("paths").GetProperty(path).GetProperty("get");
        var named = get.TryGetProperty("parameters", out var ps)
            ? ps.EnumerateArray().Where(p => p.GetProperty("in").GetString() == "query").Select(p => p.GetProperty("name").GetString()!).ToList()
            : [];
        Assert.Equal(parameters.Split(',', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal), named.Order(StringComparer.Ordinal));
    }

    private static List<string?> Npwpds(JsonElement page) => [.. page.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("npwpd").GetString())];
}
