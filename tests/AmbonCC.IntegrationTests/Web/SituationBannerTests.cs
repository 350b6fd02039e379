using System.Net;
using System.Net.Http.Json;
using AmbonCC.IntegrationTests.Infrastructure;
using AmbonCC.Security;
using AmbonCC.Web.Security;

namespace AmbonCC.IntegrationTests.Web;

/// <summary>
/// Every page's first (prerendered) HTML carries the banner while a river is at Siaga 2 or worse and its warning
/// waits for a Supervisor; live updates of the banner are the hub's job and covered by its pattern.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class SituationBannerTests(WebAppFixture app)
{
    private const string Kelurahan = "81.71.01.1006";

    [Fact]
    public async Task A_river_at_siaga_2_and_its_pending_warning_show_at_the_top_of_every_page()
    {
        var code = "BANNER-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        var river = "Sungai Spanduk " + code;
        var admin = await app.SignInAsync("admin", WebAppFixture.AdminPassword);
        var registration = new
        {
            code, name = "Pos uji " + code, riverName = river, kelurahanCode = Kelurahan,
            latitude = -3.69, longitude = 128.18, downstreamKelurahanCodes = new[] { Kelurahan },
            thresholds = new
            {
                siaga3Cm = 80, siaga2Cm = 130, siaga1Cm = 180, riseAlarmCmPer10Min = 30, hysteresisMarginCm = 10,
                holdMinutes = 30, staleMinutes = 10, autoIssueWarnings = false,
            },
        };
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/v1/gauges", registration)).StatusCode);
        var device = app.Anonymous();
        device.DefaultRequestHeaders.Add(ApiKeys.Header, await app.IssueKeyAsync("gauge:" + code, ApiScopes.DeviceIngest));
        var readings = Enumerable.Range(1, 3).Select(i => new { seq = i, observedAt = DateTimeOffset.UtcNow.AddMinutes(i - 4), levelCm = 150.0 }).ToArray();
        Assert.Equal(HttpStatusCode.OK, (await device.PostAsJsonAsync($"/api/v1/gauges/{code}/readings", readings)).StatusCode);

        var operatorClient = await app.SignedInAsync("operator-banner", Roles.Operator);
        foreach (var page in new[] { "/", "/incidents", "/cameras" })
        {
            var html = await Eventually.SucceedsAsync(
                async () => WebUtility.HtmlDecode(await operatorClient.GetStringAsync(page)),
                TimeSpan.FromSeconds(20),
                h => h.Contains(river + ": Siaga 2") && h.Contains("data-testid=\"banner-pending\""),
                $"{page} to show {river} at Siaga 2 and a warning awaiting approval");

            Assert.Contains("data-testid=\"situation-banner\"", html);
            Assert.Contains(river + ": Siaga 2", html);
            Assert.Matches("data-testid=\"banner-pending\"[\\s\\S]{0,400}?" + System.Text.RegularExpressions.Regex.Escape(river), html);
        }

        // Once a Supervisor approves, the warning's header no longer asks for approval and the banner drops it.
        var warningId = await app.Grains.GetGrain<AmbonCC.Warnings.IRiverWarningDeskGrain>(river).GetActiveWarningIdAsync();
        Assert.NotNull(warningId);
        var supervisor = await app.SignedInAsync("supervisor-banner", Roles.Supervisor);
        var pendingPage = WebUtility.HtmlDecode(await supervisor.GetStringAsync("/warnings?id=" + warningId));
        Assert.Contains("perlu persetujuan Supervisor", pendingPage);
        Assert.Equal(HttpStatusCode.OK, (await supervisor.PostAsync($"/api/v1/warnings/{warningId}/approve", null)).StatusCode);

        var approvedPage = WebUtility.HtmlDecode(await supervisor.GetStringAsync("/warnings?id=" + warningId));
        Assert.DoesNotContain("perlu persetujuan Supervisor", approvedPage);
        Assert.Contains("disetujui Supervisor", approvedPage);
        Assert.DoesNotMatch("data-testid=\"banner-pending\"[\\s\\S]{0,400}?" + System.Text.RegularExpressions.Regex.Escape(river), approvedPage);
    }
}
