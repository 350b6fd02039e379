using System.Net;
using System.Net.Http.Json;
using System.Text;
using AmbonCC.RiverGauges;
using AmbonCC.Security;
using static AmbonCC.IntegrationTests.Web.Input.ApiRequests;

namespace AmbonCC.IntegrationTests.Web.Input;

/// <summary>Hostile input gets a 4xx problem+json naming the field, never a 5xx, a 405 or an HTML page.</summary>
[Collection(WebCollection.Name)]
public sealed class BadInputTests(WebAppFixture app)
{
    [Fact]
    public async Task Hold_minutes_of_1e308_on_put_thresholds_is_a_400_naming_the_field()
    {
        var code = await NewGaugeAsync(app);
        var supervisor = await app.SignedInAsync("in.supervisor", Roles.Supervisor);

        var response = await supervisor.PutAsJsonAsync($"/api/v1/gauges/{code}/thresholds", Thresholds(holdMinutes: 1e308));

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "holdMinutes");
        Assert.Empty(await app.Grains.GetGrain<IRiverGaugeGrain>(code).GetThresholdHistoryAsync());
    }

    [Fact]
    public async Task Hold_minutes_of_1e308_on_registration_is_a_400_naming_the_field()
    {
        var admin = await app.SignInAsync("admin", WebAppFixture.AdminPassword);
        var code = "IN-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();

        var response = await admin.PostAsJsonAsync("/api/v1/gauges", Registration(code, holdMinutes: 1e308));

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "thresholds.holdMinutes");
        Assert.Null(await app.Grains.GetGrain<IRiverGaugeGrain>(code).GetProfileAsync());
    }

    [Theory]
    [InlineData("{\"text\": 5}", "text")]
    [InlineData("{\"text\": \"a\", \"text2\": [[[[", "text2")]
    [InlineData("[1,2,3]", "body")]
    public async Task Json_of_the_wrong_shape_is_a_400_naming_the_place(string json, string field)
    {
        var supervisor = await app.SignedInAsync("in.supervisor", Roles.Supervisor);
        var response = await supervisor.PostAsync("/api/v1/bulletins", Json(json));
        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains(problem.GetProperty("errors").EnumerateObject(), p => p.Name.StartsWith(field, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_body_over_the_limit_is_413_whether_its_length_is_declared_or_chunked()
    {
        var supervisor = await app.SignedInAsync("in.supervisor", Roles.Supervisor);
        var huge = "{\"text\":\"" + new string('x', 2 * 1024 * 1024) + "\"}";

        await AssertProblemAsync(await supervisor.PostAsync("/api/v1/bulletins", Json(huge)), HttpStatusCode.RequestEntityTooLarge);

        var chunked = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(huge)));
        chunked.Headers.ContentType = new("application/json");
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/bulletins") { Content = chunked };
        request.Headers.TransferEncodingChunked = true;
        await AssertProblemAsync(await supervisor.SendAsync(request), HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task A_10_mb_alarm_note_is_refused_and_a_note_over_the_limit_is_a_400()
    {
        var client = await app.SignedInAsync("in.operator", Roles.Operator);
        var tenMb = JsonContent.Create(new { note = new string('n', 10 * 1024 * 1024) });
        await AssertProblemAsync(await client.PostAsync("/api/v1/alarms/x%7Cy/acknowledge", tenMb), HttpStatusCode.RequestEntityTooLarge);

        var overLimit = JsonContent.Create(new { note = new string('n', AmbonCC.Platform.TextLimits.Note + 1) });
        await AssertProblemAsync(await client.PostAsync("/api/v1/alarms/x%7Cy/acknowledge", overLimit), HttpStatusCode.BadRequest, "note");
    }

    [Theory]
    [InlineData("{\"reason\": \"LONG\"}", "reject")]
    [InlineData("{\"reason\": \"LONG\"}", "cancel")]
    public async Task A_warning_reason_over_the_limit_is_a_400(string json, string verb)
    {
        var supervisor = await app.SignedInAsync("in.supervisor", Roles.Supervisor);
        var body = Json(json.Replace("LONG", new string('r', AmbonCC.Platform.TextLimits.Reason + 1), StringComparison.Ordinal));
        await AssertProblemAsync(await supervisor.PostAsync($"/api/v1/warnings/nope/{verb}", body), HttpStatusCode.BadRequest, "reason");
    }

    [Theory]
    [InlineData("42")]
    [InlineData("-1")]
    [InlineData("\"Mayor\"")]
    public async Task A_recipient_role_outside_the_enum_is_refused(string role)
    {
        var supervisor = await app.SignedInAsync("in.supervisor", Roles.Supervisor);
        var id = "in-" + Guid.NewGuid().ToString("N")[..8];
        var json = $"{{\"name\":\"Ibu Uji\",\"role\":{role},\"sms\":\"+6281234567890\"}}";

        var response = await supervisor.PutAsync($"/api/v1/recipients/{Kelurahan}/{id}", Json(json));

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "role");
        Assert.DoesNotContain(await app.Grains.GetGrain<AmbonCC.Warnings.IRecipientListGrain>(Kelurahan).GetRecipientsAsync(), r => r.Id == id);
    }

    [Fact]
    public async Task A_recipient_name_over_the_limit_is_refused()
    {
        var supervisor = await app.SignedInAsync("in.supervisor", Roles.Supervisor);
        var json = $"{{\"name\":\"{new string('n', AmbonCC.Platform.TextLimits.Name + 1)}\",\"role\":\"Lurah\",\"sms\":\"+6281234567890\"}}";
        await AssertProblemAsync(await supervisor.PutAsync($"/api/v1/recipients/{Kelurahan}/in-long", Json(json)), HttpStatusCode.BadRequest, "name");
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("0")]
    [InlineData("100000")]
    [InlineData("abc")]
    public async Task A_bulletin_count_out_of_range_is_a_400(string count)
    {
        var client = await app.SignedInAsync("in.operator", Roles.Operator);
        await AssertProblemAsync(await client.GetAsync($"/api/v1/bulletins?count={count}"), HttpStatusCode.BadRequest, "count");
    }

    [Fact]
    public async Task Registration_keeps_auto_issue_warnings()
    {
        var code = await NewGaugeAsync(app, autoIssue: true);
        Assert.True((await app.Grains.GetGrain<IRiverGaugeGrain>(code).GetStatusAsync())!.AutoIssueWarnings);
    }

    [Fact]
    public async Task A_valid_device_key_with_a_non_json_body_gets_415()
    {
        var code = await NewGaugeAsync(app);
        var device = await DeviceAsync(app, "gauge:" + code);

        var response = await device.PostAsync($"/api/v1/gauges/{code}/readings", new StringContent("seq=1&levelCm=40", Encoding.UTF8, "text/plain"));

        await AssertProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
    }

    [Theory]
    [InlineData("/api/v1/bulletins")]
    [InlineData("/api/v1/incidents")]
    [InlineData("/api/v1/warnings")]
    public async Task A_valid_key_on_an_endpoint_its_scope_does_not_cover_gets_403(string path)
    {
        var device = await DeviceAsync(app, "gateway:in-test", ApiScopes.Gateway);
        await AssertProblemAsync(await device.GetAsync(path), HttpStatusCode.Forbidden);

        var stranger = app.Anonymous();
        stranger.DefaultRequestHeaders.Add(AmbonCC.Web.Security.ApiKeys.Header, "acc_0123456789abcdef.wrong");
        Assert.Equal(HttpStatusCode.Unauthorized, (await stranger.GetAsync(path)).StatusCode);
    }
}
