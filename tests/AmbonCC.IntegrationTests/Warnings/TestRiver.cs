using System.Net;
using System.Runtime.CompilerServices;
using System.Net.Http.Json;
using AmbonCC.IntegrationTests.Infrastructure;
using AmbonCC.IntegrationTests.Web;
using AmbonCC.Security;
using AmbonCC.Warnings;
using AmbonCC.Web.Security;

namespace AmbonCC.IntegrationTests.Warnings;

/// <summary>
/// A river of a test's own: a freshly registered gauge (thresholds 80 / 130 / 180 cm) on a river no other test
/// uses, with its device key, so that tests sharing one command center never see each other's warnings.
/// </summary>
public sealed class TestRiver
{
    public const string Kelurahan = "81.71.01.1006";
    private readonly WebAppFixture app;

    // Shared by every route of the same device (see Via), so that sequence numbers never repeat.
    private readonly StrongBox<long> seq;

    private TestRiver(WebAppFixture app, string code, HttpClient device, StrongBox<long>? seq = null)
    {
        this.app = app;
        Device = device;
        GaugeCode = code;
        Name = "Sungai Uji " + code;
        this.seq = seq ?? new StrongBox<long>();
    }

    /// <summary>The same gauge, device key and sequence, sending through another host of the cluster (as a load balancer routes it).</summary>
    public TestRiver Via(WebAppFixture host)
    {
        var device = host.Anonymous();
        device.DefaultRequestHeaders.Add(ApiKeys.Header, Device.DefaultRequestHeaders.GetValues(ApiKeys.Header).Single());
        return new TestRiver(host, GaugeCode, device, seq);
    }

    public string GaugeCode { get; }

    public string Name { get; }

    /// <summary>An HTTP client carrying the gauge's own device key.</summary>
    public HttpClient Device { get; }

    public static async Task<TestRiver> RegisterAsync(WebAppFixture app)
    {
        var code = "TEST-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
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
        return new TestRiver(app, code, device);
    }

    /// <summary>Calm at 60 cm, then at Siaga 2 (150 cm): the river's desk drafts a warning. Returns its id.</summary>
    public async Task<string> RaiseDraftAsync()
    {
        var start = DateTimeOffset.UtcNow.AddMinutes(-30);
        await SendAsync([.. Enumerable.Range(0, 10).Select(i => (start.AddMinutes(i), 60.0)), .. Enumerable.Range(10, 5).Select(i => (start.AddMinutes(i), 150.0))]);
        var desk = app.Grains.GetGrain<IRiverWarningDeskGrain>(Name);
        var id = await Eventually.SucceedsAsync(desk.GetActiveWarningIdAsync, TimeSpan.FromSeconds(30), id => id is not null, $"a draft warning for {Name}");
        return id!;
    }

    public IFloodWarningGrain Warning(string id) => app.Grains.GetGrain<IFloodWarningGrain>(id);

    /// <summary>The next <paramref name="count"/> readings at <paramref name="levelCm"/>, one a second up to now.</summary>
    public object[] Next(int count, double levelCm) =>
        [.. Enumerable.Range(0, count).Select(i => new
        {
            seq = Interlocked.Increment(ref seq.Value),
            observedAt = DateTimeOffset.UtcNow.AddSeconds(i - count),
            levelCm,
        })];

    /// <summary>Posts readings as the gauge's device and returns the answer, whatever it is.</summary>
    public Task<HttpResponseMessage> SendAsync(object[] readings) =>
        Device.PostAsJsonAsync($"/api/v1/gauges/{GaugeCode}/readings", readings);

    /// <summary>Signs a Supervisor in and approves the warning's pending message.</summary>
    public async Task ApproveAsync(string warningId)
    {
        var supervisor = await app.SignedInAsync("sup-" + GaugeCode.ToLowerInvariant(), Roles.Supervisor);
        Assert.Equal(HttpStatusCode.OK, (await supervisor.PostAsync($"/api/v1/warnings/{warningId}/approve", null)).StatusCode);
    }

    private async Task SendAsync(IEnumerable<(DateTimeOffset At, double Level)> readings)
    {
        object[] body = [.. readings.Select(r => new { seq = Interlocked.Increment(ref seq.Value), observedAt = r.At, levelCm = r.Level })];
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(body)).StatusCode);
    }
}
