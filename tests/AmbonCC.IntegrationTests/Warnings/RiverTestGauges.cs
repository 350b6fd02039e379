using System.Net;
using System.Net.Http.Json;
using AmbonCC.IntegrationTests.Web;
using AmbonCC.Security;
using AmbonCC.Web.Security;

namespace AmbonCC.IntegrationTests.Warnings;

/// <summary>A fresh gauge on a river of its own (so a fresh warning desk) per test, and its readings.</summary>
public static class RiverTestGauges
{
    private const string Kelurahan = "81.71.01.1006";

    public static Task<HttpResponseMessage> PostAsync(HttpClient device, string code, object[] readings) =>
        device.PostAsJsonAsync($"/api/v1/gauges/{code}/readings", readings);

    public static async Task<(string Code, string River, HttpClient Device)> NewAsync(WebAppFixture app, bool autoIssue)
    {
        var code = "FLOW-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        var river = "Sungai Uji " + code;
        var admin = await app.SignInAsync("admin", WebAppFixture.AdminPassword);
        var registration = new
        {
            code, name = "Pos uji " + code, riverName = river, kelurahanCode = Kelurahan,
            latitude = -3.69, longitude = 128.18, downstreamKelurahanCodes = new[] { Kelurahan }, thresholds = Thresholds(false),
        };
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/v1/gauges", registration)).StatusCode);
        if (autoIssue)
        {
            var supervisor = await app.SignedInAsync("flow.supervisor", Roles.Supervisor);
            Assert.Equal(HttpStatusCode.OK, (await supervisor.PutAsJsonAsync($"/api/v1/gauges/{code}/thresholds", Thresholds(true))).StatusCode);
        }

        var device = app.Anonymous();
        device.DefaultRequestHeaders.Add(ApiKeys.Header, await app.IssueKeyAsync("gauge:" + code, ApiScopes.DeviceIngest));
        return (code, river, device);
    }

    public static object Thresholds(bool autoIssue) => new
    {
        siaga3Cm = 80, siaga2Cm = 130, siaga1Cm = 180, riseAlarmCmPer10Min = 300, hysteresisMarginCm = 10, holdMinutes = 5, staleMinutes = 120,
        autoIssueWarnings = autoIssue,
    };

    public static object[] Readings(int firstSeq, DateTimeOffset from, int count, double level) =>
        [.. Enumerable.Range(0, count).Select(i => new { seq = firstSeq + i, observedAt = from.AddMinutes(i), levelCm = level })];
}
