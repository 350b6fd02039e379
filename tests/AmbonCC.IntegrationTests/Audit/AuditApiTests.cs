using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using AmbonCC.Audit;
using AmbonCC.IntegrationTests.Web;
using AmbonCC.Security;
using AmbonCC.Web.Admin;
using AmbonCC.Web.Audit;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace AmbonCC.IntegrationTests.Audit;

/// <summary>Actions through the API and through a UI circuit land in the audit log with who, role and source; only Admin reads it.</summary>
[Collection(WebCollection.Name)]
public sealed class AuditApiTests(WebAppFixture app)
{
    [Fact]
    public async Task An_api_action_is_audited_with_actor_role_and_source()
    {
        var supervisor = "sup-" + Guid.NewGuid().ToString("N")[..8];
        var client = await app.SignedInAsync(supervisor, Roles.Supervisor);
        var text = "audit me " + Guid.NewGuid().ToString("N")[..6];
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/v1/bulletins", new { text })).StatusCode);

        var entries = await SearchAsync($"/api/v1/audit?actor={supervisor}");
        var entry = Assert.Single(entries, e => e.Action == "IBulletinBoardGrain.Post");
        Assert.Equal(supervisor, entry.Actor);
        Assert.Equal(Roles.Supervisor, entry.Roles);
        Assert.Equal(AuditSources.Api, entry.Source);
        Assert.Equal("ok", entry.Outcome);
        Assert.Contains(text, entry.Detail);
    }

    [Fact]
    public async Task A_ui_action_is_audited_with_the_circuits_person_before_and_after()
    {
        var target = "usr-" + Guid.NewGuid().ToString("N")[..8];
        await app.Grains.GetGrain<IUserAccountGrain>(target).CreateAsync(target, [Roles.Operator], "Pw-0123456789", null);
        var admin = "adm-" + Guid.NewGuid().ToString("N")[..8];

        // The circuit's inbound-activity hook is what runs around every UI event; the desk is what the Admin page calls.
        var handler = new AuditCircuitHandler(new SignedIn(admin, Roles.Admin));
        var desk = app.Services.GetRequiredService<AdminDesk>();
        await handler.CreateInboundActivityHandler(_ => desk.SetDisabledAsync(target, true))(null!);

        var entry = Assert.Single(await SearchAsync($"/api/v1/audit?actor={admin}&entity={target}"));
        Assert.Equal("IUserAccountGrain.SetDisabled", entry.Action);
        Assert.Equal(Roles.Admin, entry.Roles);
        Assert.Equal(AuditSources.Ui, entry.Source);
        Assert.DoesNotContain("disabled", entry.Before);
        Assert.Contains("disabled", entry.After);
    }

    [Fact]
    public async Task Passwords_never_reach_the_log()
    {
        var admin = "adm-" + Guid.NewGuid().ToString("N")[..8];
        var user = "usr-" + Guid.NewGuid().ToString("N")[..8];
        var handler = new AuditCircuitHandler(new SignedIn(admin, Roles.Admin));
        var desk = app.Services.GetRequiredService<AdminDesk>();
        await handler.CreateInboundActivityHandler(async _ =>
        {
            await desk.CreateUserAsync(user, "Someone", Roles.Operator, "Secret-Pass-12345", null);
            await desk.ResetPasswordAsync(user, "Other-Pass-67890");
        })(null!);

        var entries = await SearchAsync($"/api/v1/audit?actor={admin}");
        Assert.Equal(2, entries.Count);
        Assert.All(entries, e => Assert.DoesNotContain("Pass-", e.Detail + e.Before + e.After));
        Assert.Contains(entries, e => e.Action == "IUserAccountGrain.SetPassword" && e.Detail!.Contains("password=•••"));
    }

    [Fact]
    public async Task The_csv_export_holds_the_entries()
    {
        var supervisor = "sup-" + Guid.NewGuid().ToString("N")[..8];
        var client = await app.SignedInAsync(supervisor, Roles.Supervisor);
        await client.PostAsJsonAsync("/api/v1/bulletins", new { text = "=cmd|' /C calc'!A0" });

        var admin = await app.SignInAsync("admin", WebAppFixture.AdminPassword);
        var response = await admin.GetAsync($"/api/v1/audit?actor={supervisor}&format=csv");
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("at,actor,roles", lines[0]);
        Assert.Contains(lines, l => l.Contains(supervisor) && l.Contains("IBulletinBoardGrain.Post"));
    }

    [Fact]
    public async Task Only_admin_reads_the_log()
    {
        var operatorClient = await app.SignedInAsync("op-audit", Roles.Operator);
        Assert.Equal(HttpStatusCode.Forbidden, (await operatorClient.GetAsync("/api/v1/audit")).StatusCode);
        var keyClient = app.Anonymous();
        keyClient.DefaultRequestHeaders.Add("X-Api-Key", await app.IssueKeyAsync("opd:DLH", ApiScopes.Opd));
        Assert.Equal(HttpStatusCode.Forbidden, (await keyClient.GetAsync("/api/v1/audit")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous().GetAsync("/api/v1/audit")).StatusCode);
        var admin = await app.SignInAsync("admin", WebAppFixture.AdminPassword);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.GetAsync("/api/v1/audit?limit=0")).StatusCode);
    }

    private async Task<List<AuditEntry>> SearchAsync(string url)
    {
        var admin = await app.SignInAsync("admin", WebAppFixture.AdminPassword);
        return (await admin.GetFromJsonAsync<List<AuditEntry>>(url))!;
    }

    private sealed class SignedIn(string name, string role) : AuthenticationStateProvider
    {
        public override Task<AuthenticationState> GetAuthenticationStateAsync() => Task.FromResult(new AuthenticationState(new ClaimsPrincipal(
            new ClaimsIdentity([new Claim(ClaimTypes.Name, name), new Claim(ClaimTypes.Role, role)], CookieAuthenticationDefaults.AuthenticationScheme))));
    }
}
