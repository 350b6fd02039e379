using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AmbonCC.Security;
using AmbonCC.Web.Security;
using static AmbonCC.IntegrationTests.Web.Input.ApiRequests;

namespace AmbonCC.IntegrationTests.Web.Input;

/// <summary>POST /api/v1/apikeys: Admins issue keys for things the city knows; the key works once issued.</summary>
[Collection(WebCollection.Name)]
public sealed class ApiKeyApiTests(WebAppFixture app)
{
    [Fact]
    public async Task An_admin_issues_a_key_for_a_registered_gauge_and_the_key_works()
    {
        var code = await NewGaugeAsync(app);
        var admin = await app.SignInAsync("admin", WebAppFixture.AdminPassword);

        var response = await admin.PostAsJsonAsync("/api/v1/apikeys", new { subject = "gauge:" + code, scope = ApiScopes.DeviceIngest });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var issued = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("gauge:" + code, issued.GetProperty("subject").GetString());
        var device = app.Anonymous();
        device.DefaultRequestHeaders.Add(ApiKeys.Header, issued.GetProperty("key").GetString());
        var me = await device.GetFromJsonAsync<JsonElement>("/api/v1/gauges/" + code);
        Assert.Equal(code, me.GetProperty("code").GetString());
    }

    [Fact]
    public async Task An_admin_issues_an_opd_key_for_a_known_opd_and_a_gateway_key_without_a_directory()
    {
        var admin = await app.SignInAsync("admin", WebAppFixture.AdminPassword);
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/v1/apikeys", new { subject = "opd:BPBD", scope = ApiScopes.Opd })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/v1/apikeys", new { subject = "gateway:wa-1", scope = ApiScopes.Gateway })).StatusCode);
    }

    [Theory]
    [InlineData("PDA-1", "device:ingest", "subject")]
    [InlineData("guage:PDA-1", "device:ingest", "subject")]
    [InlineData("", "device:ingest", "subject")]
    [InlineData(null, "device:ingest", "subject")]
    [InlineData("opd:BPBD", "root", "scope")]
    [InlineData("opd:BPBD", null, "scope")]
    public async Task A_malformed_subject_or_scope_is_a_400_naming_the_field(string? subject, string? scope, string field)
    {
        var admin = await app.SignInAsync("admin", WebAppFixture.AdminPassword);
        await AssertProblemAsync(await admin.PostAsJsonAsync("/api/v1/apikeys", new { subject, scope }), HttpStatusCode.BadRequest, field);
    }

    [Theory]
    [InlineData("gauge:NO-SUCH-GAUGE", "device:ingest")]
    [InlineData("opd:NO-SUCH-OPD", "opd")]
    [InlineData("camera:NO-SUCH-CAMERA", "device:ingest")]
    [InlineData("terminal:NO-SUCH-TERMINAL", "device:ingest")]
    public async Task A_subject_the_city_does_not_know_is_a_400(string subject, string scope)
    {
        var admin = await app.SignInAsync("admin", WebAppFixture.AdminPassword);
        var problem = await AssertProblemAsync(await admin.PostAsJsonAsync("/api/v1/apikeys", new { subject, scope }), HttpStatusCode.BadRequest, "subject");
        Assert.Contains("NO-SUCH", problem.GetProperty("errors").GetProperty("subject")[0].GetString());
    }

    [Fact]
    public async Task Only_admins_issue_keys()
    {
        var body = new { subject = "opd:BPBD", scope = ApiScopes.Opd };
        var supervisor = await app.SignedInAsync("in.supervisor", Roles.Supervisor);
        await AssertProblemAsync(await supervisor.PostAsJsonAsync("/api/v1/apikeys", body), HttpStatusCode.Forbidden);

        var opdKey = await DeviceAsync(app, "opd:BPBD", ApiScopes.Opd);
        await AssertProblemAsync(await opdKey.PostAsJsonAsync("/api/v1/apikeys", body), HttpStatusCode.Forbidden);

        await AssertProblemAsync(await app.Anonymous().PostAsJsonAsync("/api/v1/apikeys", body), HttpStatusCode.Unauthorized);
    }
}
