using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AmbonCC.Security;
using AmbonCC.Web.Security;

namespace AmbonCC.IntegrationTests.Web;

[Collection(WebCollection.Name)]
public sealed class AccessTests(WebAppFixture app)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/cameras")]
    [InlineData("/rivers")]
    [InlineData("/admin")]
    [InlineData("/ops/orleans")]
    public async Task Anonymous_people_are_sent_to_the_login_page(string path)
    {
        var response = await app.Anonymous().GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location!.PathAndQuery.Replace("http://localhost", ""));
    }

    [Theory]
    [InlineData("/api/v1/me")]
    [InlineData("/api/v1/bulletins")]
    public async Task Anonymous_api_calls_get_401(string path)
    {
        var response = await app.Anonymous().GetAsync(path);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("not-a-key")]
    [InlineData("acc_0123456789abcdef.wrong-secret")]
    public async Task A_wrong_api_key_gets_401(string key)
    {
        var client = app.Anonymous();
        client.DefaultRequestHeaders.Add(ApiKeys.Header, key);
        var response = await client.GetAsync("/api/v1/me");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_revoked_key_gets_401()
    {
        var key = await app.IssueKeyAsync("opd:BPBD", ApiScopes.Opd);
        ApiKeys.TryParse(key, out var keyId, out _);
        await app.Grains.GetGrain<IApiKeyGrain>(keyId).RevokeAsync("test");
        var client = app.Anonymous();
        client.DefaultRequestHeaders.Add(ApiKeys.Header, key);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/me")).StatusCode);
    }

    [Fact]
    public async Task A_valid_key_is_known_by_its_subject()
    {
        var client = app.Anonymous();
        client.DefaultRequestHeaders.Add(ApiKeys.Header, await app.IssueKeyAsync("opd:DLH", ApiScopes.Opd));
        var me = await client.GetFromJsonAsync<JsonElement>("/api/v1/me");
        Assert.Equal("opd:DLH", me.GetProperty("subject").GetString());
        Assert.Equal(ApiScopes.Opd, me.GetProperty("scope").GetString());
    }

    [Fact]
    public async Task An_opd_key_reads_its_own_opd_and_gets_403_for_another()
    {
        var client = app.Anonymous();
        client.DefaultRequestHeaders.Add(ApiKeys.Header, await app.IssueKeyAsync("opd:BPBD", ApiScopes.Opd));

        var own = await client.GetFromJsonAsync<JsonElement>("/api/v1/opds/BPBD");
        Assert.Equal("BPBD", own.GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/opds/DLHP")).StatusCode);
    }

    [Fact]
    public async Task A_device_key_is_not_an_opd_key()
    {
        var client = app.Anonymous();
        client.DefaultRequestHeaders.Add(ApiKeys.Header, await app.IssueKeyAsync("opd:BPBD", ApiScopes.DeviceIngest));
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/opds/BPBD")).StatusCode);
    }

    [Fact]
    public async Task Opd_staff_see_only_their_own_opd()
    {
        var client = await app.SignedInAsync("dlh.staff", Roles.OpdStaff, "DLHP");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/opds/DLHP")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/opds/BPBD")).StatusCode);
    }

    [Fact]
    public async Task The_orleans_dashboard_is_for_ops_and_admin_only()
    {
        var operatorClient = await app.SignedInAsync("operator1", Roles.Operator);
        var denied = await operatorClient.GetAsync("/ops/orleans");
        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        Assert.StartsWith("/account/denied", denied.Headers.Location!.PathAndQuery);

        var opsClient = await app.SignedInAsync("ops1", Roles.Ops);
        var allowed = await opsClient.GetAsync("/ops/orleans/");
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
    }

    [Fact]
    public async Task A_wrong_password_does_not_sign_in()
    {
        await app.SignedInAsync("operator2", Roles.Operator);
        var client = app.Anonymous();
        var form = await client.GetStringAsync("/account/login");
        var response = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = WebAppFixture.AntiforgeryToken(form),
            ["userName"] = "operator2",
            ["password"] = "wrong-password-123",
            ["returnUrl"] = "/",
        }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login?error=invalid", response.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/bulletins")).StatusCode);
    }

    [Fact]
    public async Task Health_and_openapi_are_public()
    {
        var client = app.Anonymous();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
        var doc = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        Assert.True(doc.GetProperty("paths").TryGetProperty("/api/v1/bulletins", out _));
    }
}
