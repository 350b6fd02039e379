using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using AmbonCC.IntegrationTests.Web;
using AmbonCC.RiverGauges;
using AmbonCC.Security;
using AmbonCC.Web.Security;

namespace AmbonCC.IntegrationTests.RiverGauges;

/// <summary>The device ingest API: durable, idempotent, strict about input, bound to the key's gauge.</summary>
[Collection(WebCollection.Name)]
public sealed class GaugeApiTests(WebAppFixture app)
{
    private const string Kelurahan = "81.71.01.1006";

    [Fact]
    public async Task Readings_are_stored_once_and_duplicates_are_reported()
    {
        var (code, device) = await NewGaugeAsync();
        var batch = Batch(1, 5, 50);

        var first = await device.PostAsJsonAsync($"/api/v1/gauges/{code}/readings", batch);
        var again = await device.PostAsJsonAsync($"/api/v1/gauges/{code}/readings", batch);

        Assert.Equal(5, (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accepted").GetInt32());
        var second = await again.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(0, second.GetProperty("accepted").GetInt32());
        Assert.Equal(5, second.GetProperty("duplicates").GetInt32());
        Assert.All(second.GetProperty("items").EnumerateArray(), i => Assert.Equal("duplicate", i.GetProperty("outcome").GetString()));
        var partly = await (await device.PostAsJsonAsync($"/api/v1/gauges/{code}/readings", Batch(5, 2, 50))).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(["duplicate", "accepted"], partly.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("outcome").GetString()));
        var history = await device.GetFromJsonAsync<JsonElement>($"/api/v1/gauges/{code}/readings?from={Uri.EscapeDataString(DateTimeOffset.UtcNow.AddHours(-2).ToString("O"))}");
        Assert.Equal(6, history.GetProperty("readings").GetArrayLength());
    }

    [Fact]
    public async Task An_out_of_order_reading_is_stored_but_does_not_move_the_level_back()
    {
        var (code, device) = await NewGaugeAsync();
        await device.PostAsJsonAsync($"/api/v1/gauges/{code}/readings", Batch(10, 3, 70));
        var late = new[] { new { seq = 5, observedAt = DateTimeOffset.UtcNow.AddMinutes(-50), levelCm = 20.0 } };

        var result = await (await device.PostAsJsonAsync($"/api/v1/gauges/{code}/readings", late)).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(1, result.GetProperty("accepted").GetInt32());
        Assert.Equal(1, result.GetProperty("outOfOrder").GetInt32());
        Assert.Equal(70, (await app.Grains.GetGrain<IRiverGaugeGrain>(code).GetStatusAsync())!.LevelCm);
    }

    [Theory]
    [InlineData("[{\"observedAt\":\"2026-11-27T10:00:00+09:00\",\"levelCm\":50}]", "[0].seq")]
    [InlineData("[{\"seq\":1,\"observedAt\":\"2026-11-27T10:00:00+09:00\",\"levelCm\":\"tinggi\"}]", "[0].levelCm")]
    [InlineData("[{\"seq\":1,\"observedAt\":\"NOW\",\"levelCm\":9000}]", "[0].levelCm")]
    [InlineData("[{\"seq\":1,\"observedAt\":\"2126-01-01T00:00:00+09:00\",\"levelCm\":50}]", "[0].observedAt")]
    [InlineData("{\"seq\":1,\"levelCm\":50}", "[0].observedAt")]
    [InlineData("[{\"seq\":1,", "body")]
    public async Task Bad_input_gets_400_naming_the_field_and_nothing_is_stored(string body, string field)
    {
        var (code, device) = await NewGaugeAsync();
        body = body.Replace("NOW", DateTimeOffset.UtcNow.ToString("O"), StringComparison.Ordinal);

        var response = await device.PostAsync($"/api/v1/gauges/{code}/readings", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var fields = problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains(fields, f => f.Equals(field, StringComparison.OrdinalIgnoreCase) || f.StartsWith(field, StringComparison.OrdinalIgnoreCase));
        Assert.Equal(0, (await app.Grains.GetGrain<IRiverGaugeGrain>(code).GetStatusAsync())!.ReadingCount);
    }

    [Fact]
    public async Task Readings_for_an_unknown_gauge_get_400_naming_the_code()
    {
        var device = app.Anonymous();
        device.DefaultRequestHeaders.Add(ApiKeys.Header, await app.IssueKeyAsync("gauge:NO-SUCH-GAUGE", ApiScopes.DeviceIngest));

        var response = await device.PostAsJsonAsync("/api/v1/gauges/NO-SUCH-GAUGE/readings", Batch(1, 1, 40));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("code", out _));
    }

    [Fact]
    public async Task A_batch_over_the_limit_is_refused()
    {
        var (code, device) = await NewGaugeAsync();
        var response = await device.PostAsJsonAsync($"/api/v1/gauges/{code}/readings", Batch(1, GaugeLimits.MaxBatchSize + 1, 40));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_key_for_another_gauge_gets_403_and_a_wrong_key_401()
    {
        var (code, _) = await NewGaugeAsync();
        var (_, otherDevice) = await NewGaugeAsync();
        Assert.Equal(HttpStatusCode.Forbidden, (await otherDevice.PostAsJsonAsync($"/api/v1/gauges/{code}/readings", Batch(1, 1, 40))).StatusCode);

        var stranger = app.Anonymous();
        stranger.DefaultRequestHeaders.Add(ApiKeys.Header, "acc_0123456789abcdef.not-the-secret");
        Assert.Equal(HttpStatusCode.Unauthorized, (await stranger.PostAsJsonAsync($"/api/v1/gauges/{code}/readings", Batch(1, 1, 40))).StatusCode);
        var opd = app.Anonymous();
        opd.DefaultRequestHeaders.Add(ApiKeys.Header, await app.IssueKeyAsync("gauge:" + code, ApiScopes.Opd));
        Assert.Equal(HttpStatusCode.Forbidden, (await opd.PostAsJsonAsync($"/api/v1/gauges/{code}/readings", Batch(1, 1, 40))).StatusCode);
    }

    [Fact]
    public async Task Thresholds_are_validated_and_every_change_is_audited()
    {
        var (code, _) = await NewGaugeAsync();
        var supervisor = await app.SignedInAsync("rina.supervisor", Roles.Supervisor);

        var bad = await supervisor.PutAsJsonAsync($"/api/v1/gauges/{code}/thresholds", Thresholds(150, 120, 200));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.True((await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("siaga2Cm", out _));

        Assert.Equal(HttpStatusCode.OK, (await supervisor.PutAsJsonAsync($"/api/v1/gauges/{code}/thresholds", Thresholds(90, 140, 190))).StatusCode);
        var history = await app.Grains.GetGrain<IRiverGaugeGrain>(code).GetThresholdHistoryAsync();
        var change = Assert.Single(history);
        Assert.Equal("rina.supervisor", change.ChangedBy);
        Assert.Equal(80, change.Old.Siaga3Cm);
        Assert.Equal(90, change.New.Siaga3Cm);

        var operatorClient = await app.SignedInAsync("budi.operator", Roles.Operator);
        Assert.Equal(HttpStatusCode.Forbidden, (await operatorClient.PutAsJsonAsync($"/api/v1/gauges/{code}/thresholds", Thresholds(95, 140, 190))).StatusCode);
    }

    [Fact]
    public async Task Registering_a_gauge_with_an_unknown_kelurahan_is_refused()
    {
        var admin = await app.SignInAsync("admin", WebAppFixture.AdminPassword);
        var response = await admin.PostAsJsonAsync("/api/v1/gauges", Registration("TEST-BAD", "99.99.99.9999"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("kelurahanCode", out _));
    }

    private async Task<(string Code, HttpClient Device)> NewGaugeAsync()
    {
        var code = "TEST-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        var admin = await app.SignInAsync("admin", WebAppFixture.AdminPassword);
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/v1/gauges", Registration(code, Kelurahan))).StatusCode);
        var device = app.Anonymous();
        device.DefaultRequestHeaders.Add(ApiKeys.Header, await app.IssueKeyAsync("gauge:" + code, ApiScopes.DeviceIngest));
        return (code, device);
    }

    private static object Registration(string code, string kelurahan) => new
    {
        code, name = "Pos uji " + code, riverName = "Sungai Uji " + code, kelurahanCode = kelurahan,
        latitude = -3.69, longitude = 128.18, downstreamKelurahanCodes = new[] { kelurahan },
        thresholds = Thresholds(80, 130, 180),
    };

    private static object Thresholds(double s3, double s2, double s1) => new
    {
        siaga3Cm = s3, siaga2Cm = s2, siaga1Cm = s1, riseAlarmCmPer10Min = 30, hysteresisMarginCm = 10, holdMinutes = 30, staleMinutes = 10, autoIssueWarnings = false,
    };

    private static object[] Batch(int firstSeq, int count, double level) =>
        [.. Enumerable.Range(0, count).Select(i => new { seq = firstSeq + i, observedAt = DateTimeOffset.UtcNow.AddMinutes(-count + i), levelCm = level })];
}
