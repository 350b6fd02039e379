using System.Net;
using AmbonCC.IntegrationTests.Web;
using AmbonCC.Security;

namespace AmbonCC.IntegrationTests.Access;

[Collection(AccessCollection.Name)]
public sealed class LoginTests(AccessFixture app)
{
    private const int Allowed = 5; // LoginThrottleOptions.FailuresPerWindow by default

    [Fact]
    public async Task A_client_that_keeps_failing_gets_429_with_retry_after()
    {
        var user = await NewUserAsync();
        var client = app.From(NewAddress());
        for (var i = 0; i < Allowed; i++)
        {
            var failed = await PostLoginAsync(client, user, "wrong-password-" + i);
            Assert.Equal(HttpStatusCode.Redirect, failed.StatusCode);
            Assert.StartsWith("/account/login?error=invalid", failed.Headers.Location?.OriginalString);
        }

        var throttled = await PostLoginAsync(client, user, "wrong-password-x");
        Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);
        Assert.True(throttled.Headers.RetryAfter?.Delta > TimeSpan.Zero, "429 without a Retry-After in seconds.");
        Assert.Contains("Too many failed sign-ins", await throttled.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_stranger_guessing_cannot_lock_the_person_out()
    {
        var user = await NewUserAsync();
        var stranger = app.From(NewAddress());
        for (var i = 0; i < Allowed * 2; i++)
        {
            await PostLoginAsync(stranger, user, "guess-" + i);
        }

        var owner = app.From(NewAddress());
        var response = await PostLoginAsync(owner, user, Password(user));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Successful_sign_ins_do_not_spend_the_budget()
    {
        var user = await NewUserAsync();
        var office = app.From(NewAddress());
        for (var i = 0; i < Allowed * 2; i++)
        {
            var response = await PostLoginAsync(office, user, Password(user));
            Assert.Equal("/", response.Headers.Location?.OriginalString);
        }
    }

    [Fact]
    public async Task An_unknown_user_name_runs_the_password_hash()
    {
        var ghost = "ghost-" + Guid.NewGuid().ToString("N")[..12];
        var response = await PostLoginAsync(app.From(NewAddress()), ghost, "some-password-123");

        Assert.StartsWith("/account/login?error=invalid", response.Headers.Location?.OriginalString);
        Assert.Contains(ghost, app.Hasher.Verified);
    }

    private async Task<string> NewUserAsync()
    {
        var user = "login-" + Guid.NewGuid().ToString("N")[..12];
        await app.Grains.GetGrain<IUserAccountGrain>(user).CreateAsync(user, [Roles.Operator], Password(user), null);
        return user;
    }

    private static string Password(string user) => "Pw-" + user + "-0123456789";

    private static int nextAddress;

    private static IPAddress NewAddress() => new([10, 77, 0, (byte)Interlocked.Increment(ref nextAddress)]);

    private static async Task<HttpResponseMessage> PostLoginAsync(HttpClient client, string user, string password)
    {
        var form = await client.GetStringAsync("/account/login");
        return await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = WebAppFixture.AntiforgeryToken(form),
            ["userName"] = user,
            ["password"] = password,
            ["returnUrl"] = "/",
        }));
    }
}
