using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using AmbonCC.Security;
using AmbonCC.Web.Security;

namespace AmbonCC.IntegrationTests.Web.Input;

/// <summary>Small helpers shared by the input tests: fresh gauges, raw JSON requests, problem assertions.</summary>
internal static class ApiRequests
{
    public const string Kelurahan = "81.71.01.1006";

    public static async Task<string> NewGaugeAsync(WebAppFixture app, bool autoIssue = false)
    {
        var code = "IN-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        var admin = await app.SignInAsync("admin", WebAppFixture.AdminPassword);
        var response = await admin.PostAsJsonAsync("/api/v1/gauges", Registration(code, autoIssue));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return code;
    }

    public static object Registration(string code, bool autoIssue = false, double holdMinutes = 30) => new
    {
        code, name = "Pos uji " + code, riverName = "Sungai Uji " + code, kelurahanCode = Kelurahan,
        latitude = -3.69, longitude = 128.18, downstreamKelurahanCodes = new[] { Kelurahan },
        thresholds = Thresholds(holdMinutes, autoIssue),
    };

    public static object Thresholds(double holdMinutes = 30, bool autoIssue = false) => new
    {
        siaga3Cm = 80, siaga2Cm = 130, siaga1Cm = 180, riseAlarmCmPer10Min = 30, hysteresisMarginCm = 10,
        holdMinutes, staleMinutes = 10, autoIssueWarnings = autoIssue,
    };

    public static async Task<HttpClient> DeviceAsync(WebAppFixture app, string subject, string scope = ApiScopes.DeviceIngest)
    {
        var client = app.Anonymous();
        client.DefaultRequestHeaders.Add(ApiKeys.Header, await app.IssueKeyAsync(subject, scope));
        return client;
    }

    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    /// <summary>Asserts a problem+json answer with the status and (when given) an error for the field; returns the body.</summary>
    public static async Task<JsonElement> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string? field = null)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"Expected {(int)status}, got {(int)response.StatusCode}: {Shorten(text)}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(text).RootElement.Clone();
        if (field is not null)
        {
            Assert.True(problem.TryGetProperty("errors", out var errors) && errors.TryGetProperty(field, out _), $"No error for '{field}': {Shorten(text)}");
        }

        return problem;
    }

    private static string Shorten(string text) => text.Length > 400 ? text[..400] + "…" : text;
}
