using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;

namespace AmbonCC.Bench.Latency;

/// <summary>
/// The admin, signed in with the cookie a browser gets from the login form: registers the bench gauges, issues
/// their device keys, and owns the HttpClient that follows the live stream.
/// </summary>
internal sealed partial class AdminSession : IDisposable
{
    // Kelurahan codes (Kemendagri) from src/Silo/Seed/ambon-geo.json: Lateri (Teluk Ambon Baguala), Nusaniwe.
    private static readonly string[] Kelurahan = ["81.71.03.1018", "81.71.01.1006"];

    private AdminSession(HttpClient http) => Http = http;

    /// <summary>Carries the admin's authentication cookie; no timeout (it also holds the SSE stream).</summary>
    public HttpClient Http { get; }

    [GeneratedRegex("<input[^>]*name=\"__RequestVerificationToken\"[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex TokenInput();

    [GeneratedRegex("value=\"([^\"]*)\"", RegexOptions.IgnoreCase)]
    private static partial Regex ValueAttribute();

    public static async Task<AdminSession> SignInAsync(string url, string password)
    {
        var handler = new SocketsHttpHandler { CookieContainer = new CookieContainer(), UseCookies = true, AllowAutoRedirect = false };
        var http = new HttpClient(handler) { BaseAddress = new Uri(url), Timeout = Timeout.InfiniteTimeSpan };
        var page = await http.GetStringAsync("/account/login");
        var input = TokenInput().Match(page);
        var token = input.Success ? ValueAttribute().Match(input.Value).Groups[1].Value : "";
        var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["userName"] = "admin",
            ["password"] = password,
            ["returnUrl"] = "/",
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
        });
        var response = await http.PostAsync("/account/login", form);
        var me = await http.GetAsync("/api/v1/me");
        if (me.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"Sign-in failed: login answered {(int)response.StatusCode} {response.Headers.Location}, /api/v1/me {(int)me.StatusCode}.");
        }

        return new AdminSession(http);
    }

    /// <summary>Registers BENCH-001..N (idempotent) and issues one device key each; returns the keys by gauge index.</summary>
    public async Task<string[]> PrepareGaugesAsync(int count)
    {
        var keys = new string[count];
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, ct) =>
        {
            var code = BenchOptions.Code(i);
            var kelurahan = Kelurahan[i % Kelurahan.Length];
            var gauge = new
            {
                code,
                name = $"Bench gauge {i + 1:000}",
                riverName = $"Bench River {i % 20 + 1:00}",
                kelurahanCode = kelurahan,
                latitude = -3.69 + (i % 20) * 0.001,
                longitude = 128.18 + (i / 20) * 0.001,
                downstreamKelurahanCodes = new[] { kelurahan },
                thresholds = new
                {
                    siaga3Cm = 1000, siaga2Cm = 1100, siaga1Cm = 1200, riseAlarmCmPer10Min = 500,
                    hysteresisMarginCm = 10, holdMinutes = 30, staleMinutes = 60, autoIssueWarnings = false,
                },
            };
            await EnsureAsync(await Http.PostAsJsonAsync("/api/v1/gauges", gauge, ct), "register " + code);
            var issued = await Http.PostAsJsonAsync("/api/v1/apikeys", new { subject = "gauge:" + code, scope = "device:ingest" }, ct);
            await EnsureAsync(issued, "key for " + code);
            var body = await issued.Content.ReadFromJsonAsync<IssuedKey>(ct);
            keys[i] = body?.Key ?? throw new InvalidOperationException("No key for " + code);
        });
        return keys;
    }

    private static async Task EnsureAsync(HttpResponseMessage response, string what)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{what}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }

    public void Dispose() => Http.Dispose();

    private sealed record IssuedKey(string Key);
}
