using System.Net;
using AmbonCC.IntegrationTests.Web;
using AmbonCC.Security;
using AmbonCC.Web.Admin;
using AmbonCC.Web.Security;
using Microsoft.Extensions.DependencyInjection;

namespace AmbonCC.IntegrationTests.Access;

/// <summary>A sign-in cookie stops working as soon as its account is disabled or its password reset.</summary>
[Collection(WebCollection.Name)]
public sealed class SessionEndTests(WebAppFixture app)
{
    private AdminDesk Desk => app.Services.GetRequiredService<AdminDesk>();

    [Fact]
    public async Task A_disabled_users_old_cookie_is_refused_at_the_next_request()
    {
        var user = NewUser();
        var client = await app.SignedInAsync(user, Roles.Operator);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/incidents")).StatusCode);

        await Desk.SetDisabledAsync(user, true);

        var page = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Contains("/account/login", page.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/incidents")).StatusCode);
    }

    [Fact]
    public async Task Enabling_again_does_not_revive_the_cookie_of_before()
    {
        var user = NewUser();
        var client = await app.SignedInAsync(user, Roles.Operator);
        await Desk.SetDisabledAsync(user, true);
        await Desk.SetDisabledAsync(user, false);

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/incidents")).StatusCode);
        var again = await app.SignInAsync(user, Password(user));
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync("/api/v1/incidents")).StatusCode);
    }

    [Fact]
    public async Task A_password_reset_ends_the_sessions_signed_in_with_the_old_one()
    {
        var user = NewUser();
        var client = await app.SignedInAsync(user, Roles.Operator);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/incidents")).StatusCode);

        await Desk.ResetPasswordAsync(user, "New-password-of-" + user);

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/incidents")).StatusCode);
        var fresh = await app.SignInAsync(user, "New-password-of-" + user);
        Assert.Equal(HttpStatusCode.OK, (await fresh.GetAsync("/api/v1/incidents")).StatusCode);
    }

    [Fact]
    public async Task A_disable_done_elsewhere_reaches_this_node_and_its_open_pages()
    {
        var user = NewUser();
        var client = await app.SignedInAsync(user, Roles.Operator);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/incidents")).StatusCode);
        var sessions = app.Services.GetRequiredService<AccountSessions>();
        var ended = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnEnded(string name)
        {
            if (name == user)
            {
                ended.TrySetResult();
            }
        }

        sessions.Ended += OnEnded;
        try
        {
            // Straight at the grain, as another node's Admin page would: only the announcement tells this node.
            await app.Grains.GetGrain<IUserAccountGrain>(user).SetDisabledAsync(true);
            await ended.Task.WaitAsync(TimeSpan.FromSeconds(30));
        }
        finally
        {
            sessions.Ended -= OnEnded;
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/incidents")).StatusCode);
    }

    private static string NewUser() => "sess-" + Guid.NewGuid().ToString("N")[..12];

    private static string Password(string user) => "Pw-" + user + "-0123456789";
}
