using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using AmbonCC.IntegrationTests.Web;
using AmbonCC.Security;
using AmbonCC.Warnings;
using AmbonCC.Web.Security;

namespace AmbonCC.IntegrationTests.Faults;

/// <summary>A gauge of the test's own on a river of its own, its device, and a draft warning when asked.</summary>
public sealed class FloodScenario
{
    public const string Kelurahan = "81.71.01.1006";
    private readonly WebAppFixture app;
    private long seq;

    private FloodScenario(WebAppFixture app, string code, HttpClient device)
    {
        this.app = app;
        Code = code;
        Device = device;
    }

    public string Code { get; }

    public string River => "Sungai Uji " + Code;

    public HttpClient Device { get; }

    public static async Task<FloodScenario> RegisterAsync(WebAppFixture app)
    {
        var code = "FLT-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        var admin = await app.SignInAsync("admin", WebAppFixture.AdminPassword);
        var registration = new
        {
            code, name = "Pos uji " + code, riverName = "Sungai Uji " + code, kelurahanCode = Kelurahan,
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
        return new FloodScenario(app, code, device);
    }

    /// <summary>The next <paramref name="count"/> readings at <paramref name="levelCm"/>, one a second up to now.</summary>
    public object[] Next(int count, double levelCm) =>
        [.. Enumerable.Range(0, count).Select(i => new
        {
            seq = Interlocked.Increment(ref seq),
            observedAt = DateTimeOffset.UtcNow.AddSeconds(i - count),
            levelCm,
        })];

    public Task<HttpResponseMessage> SendAsync(object[] readings) =>
        Device.PostAsJsonAsync($"/api/v1/gauges/{Code}/readings", readings);

    /// <summary>The river rises past Siaga 2 and a draft waits for approval; returns the warning id.</summary>
    public async Task<string> RaiseDraftAsync()
    {
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(Next(5, 50))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(Next(5, 150))).StatusCode);
        string? id = null;
        await WaitAsync("a draft warning for " + River, async () =>
            (id = await app.Grains.GetGrain<IRiverWarningDeskGrain>(River).GetActiveWarningIdAsync()) is not null);
        return id!;
    }

    /// <summary>Signs a Supervisor in and approves the warning's pending message.</summary>
    public async Task ApproveAsync(string warningId)
    {
        var supervisor = await app.SignedInAsync("sup-" + Code.ToLowerInvariant(), Roles.Supervisor);
        var response = await supervisor.PostAsync($"/api/v1/warnings/{warningId}/approve", null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>Polls until <paramref name="condition"/> holds; fails the test naming it after 60 s.</summary>
    public static async Task WaitAsync(string what, Func<Task<bool>> condition)
    {
        var clock = Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), "Timed out waiting for " + what);
            await Task.Delay(200);
        }
    }
}
