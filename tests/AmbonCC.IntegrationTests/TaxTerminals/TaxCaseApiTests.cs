using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AmbonCC.IntegrationTests.Infrastructure;
using AmbonCC.IntegrationTests.Web;
using AmbonCC.Security;
using AmbonCC.TaxTerminals;

namespace AmbonCC.IntegrationTests.TaxTerminals;

/// <summary>SPTPD against the ledger, and the enforcement ladder with its numbered PDF letters.</summary>
[Collection(WebCollection.Name)]
public sealed class TaxCaseApiTests(WebAppFixture app)
{
    [Fact]
    public async Task An_sptpd_below_the_recorded_turnover_is_a_finding_and_only_the_revenue_agency_key_may_post_one()
    {
        var outlet = await TaxTestOutlet.CreateAsync(app);
        await outlet.Device.PostAsJsonAsync(outlet.Url, TaxTestOutlet.Sales(1, 4, 100_000m));
        var period = DateTimeOffset.UtcNow.AddMinutes(-10).ToOffset(TimeSpan.FromHours(9)).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        var bpprd = app.Anonymous();
        bpprd.DefaultRequestHeaders.Add(AmbonCC.Web.Security.ApiKeys.Header, await app.IssueKeyAsync("opd:BPPRD", ApiScopes.Opd));
        var dishub = app.Anonymous();
        dishub.DefaultRequestHeaders.Add(AmbonCC.Web.Security.ApiKeys.Header, await app.IssueKeyAsync("opd:DISHUB", ApiScopes.Opd));

        var refused = await dishub.PostAsJsonAsync($"/api/v1/taxpayers/{outlet.Npwpd}/sptpd", new { period, turnover = 100_000m, tax = 10_000m });
        var declared = await bpprd.PostAsJsonAsync($"/api/v1/taxpayers/{outlet.Npwpd}/sptpd", new { period, turnover = 100_000m, tax = 10_000m });

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        var record = await declared.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(400_000m, record.GetProperty("recordedTurnover").GetDecimal());
        Assert.True(record.GetProperty("underDeclared").GetBoolean());
        var view = await app.Grains.GetGrain<ITaxpayerGrain>(outlet.Npwpd).GetViewAsync();
        Assert.Contains(view!.Findings, f => f.Kind == FindingKind.UnderDeclared && f.Evidence["taxGap"] == "30000");
    }

    [Fact]
    public async Task The_ladder_needs_a_field_check_goes_up_one_rung_at_a_time_numbers_letters_and_compliance_restores_the_standing()
    {
        var outlet = await TaxTestOutlet.CreateAsync(app);
        await app.Grains.GetGrain<ITaxpayerGrain>(outlet.Npwpd).ReportFindingsAsync(
            (await app.Grains.GetGrain<ITaxTerminalGrain>(outlet.Serial).GetProfileAsync())!,
            [new TaxFinding("off:test", FindingKind.DeviceOff, outlet.Serial, DateTimeOffset.UtcNow, 5, "Terminal diam saat jam buka", System.Collections.Immutable.ImmutableDictionary<string, string>.Empty)]);
        var officer = await app.SignedInAsync("tax.officer.case", Roles.TaxOfficer);
        var supervisor = await app.SignedInAsync("tax.supervisor.case", Roles.Supervisor);
        var url = $"/api/v1/taxpayers/{outlet.Npwpd}/case";

        var tooEarly = await officer.PostAsJsonAsync(url, new { action = "teguranI", note = "x" });
        // A step is named, never numbered: "1" is refused, not read as the ladder's second rung.
        var numbered = await officer.PostAsJsonAsync(url, new { action = "1", note = "x" });
        var notTheirs = await supervisor.PostAsJsonAsync(url, new { action = "fieldCheck", note = "x" });
        await officer.PostAsJsonAsync(url, new { action = "fieldCheck", note = "Usaha buka, perangkat dicabut", outletClosed = false });
        var teguran = await officer.PostAsJsonAsync(url, new { action = "teguranI", note = "Nyalakan perangkat" });
        var skip = await officer.PostAsJsonAsync(url, new { action = "teguranIII", note = "x" });
        var pdf = await supervisor.GetAsync($"/api/v1/taxpayers/{outlet.Npwpd}/letters/0");
        var complied = await officer.PostAsJsonAsync(url, new { action = "comply", note = "Perangkat menyala lagi" });

        Assert.Equal(HttpStatusCode.Conflict, tooEarly.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, numbered.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, notTheirs.StatusCode);
        var view = await teguran.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("TeguranI", view.GetProperty("stage").GetString());
        Assert.Matches(@"^973/\d{4}/BPPRD/[IVX]+/\d{4}$", view.GetProperty("letters")[0].GetProperty("number").GetString());
        Assert.Equal(HttpStatusCode.Conflict, skip.StatusCode);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString((await pdf.Content.ReadAsByteArrayAsync())[..4]));
        Assert.Equal(HttpStatusCode.OK, complied.StatusCode);
        var after = await app.Grains.GetGrain<ITaxpayerGrain>(outlet.Npwpd).GetViewAsync();
        Assert.Equal(TaxpayerStanding.Compliant, after!.Standing);
        Assert.Equal(["sistem", "tax.officer.case", "tax.officer.case", "tax.officer.case"], after.Case.Trail.Reverse().Select(e => e.By));
    }
}
