using AmbonCC.IntegrationTests.Infrastructure;
using System.Net;
using System.Text.RegularExpressions;
using AmbonCC.Security;
using AmbonCC.Web.Security;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace AmbonCC.IntegrationTests.Web;

/// <summary>The web host with its co-hosted embedded silo on a fresh SQLite file and free ports.</summary>
public partial class WebAppFixture : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string AdminPassword = "Admin-Test-Password-1";
    protected readonly string dataDirectory = Path.Combine(Path.GetTempPath(), "ambon-web-" + Guid.NewGuid().ToString("N"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("AmbonCC:DataDirectory", dataDirectory);
        // The demo complaints' overdue clocks raise alarms for a while after start: the fuzz test compares alarm counts.
        builder.UseSetting("AmbonCC:Complaints:SeedDemo", "false");
        builder.UseSetting("AmbonCC:SiloPort", TestPorts.Next().ToString());
        builder.UseSetting("AmbonCC:GatewayPort", TestPorts.Next().ToString());
        builder.UseSetting("AmbonCC:ClusterId", "web-test-" + Guid.NewGuid().ToString("N")[..8]);
        builder.UseSetting(FirstRunAdmin.PasswordVariable, AdminPassword);
        Configure(builder);
    }

    /// <summary>Settings of a fixture that needs more than the defaults.</summary>
    protected virtual void Configure(IWebHostBuilder builder)
    {
    }

    public IGrainFactory Grains => Services.GetRequiredService<IGrainFactory>();

    public virtual Task InitializeAsync()
    {
        _ = Server; // starts the host (and the silo) once for the whole collection
        return Task.CompletedTask;
    }

    public HttpClient Anonymous() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>Creates a user with the given role (if new) and returns a client holding its sign-in cookie.</summary>
    public async Task<HttpClient> SignedInAsync(string userName, string role, string? opd = null)
    {
        var password = "Pw-" + userName + "-0123456789";
        var account = Grains.GetGrain<IUserAccountGrain>(userName);
        if (await account.GetAsync() is null)
        {
            await account.CreateAsync(userName, [role], password, opd);
        }

        return await SignInAsync(userName, password);
    }

    public async Task<HttpClient> SignInAsync(string userName, string password)
    {
        var client = Anonymous();
        var form = await client.GetStringAsync("/account/login");
        var token = AntiforgeryToken(form);
        var response = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["userName"] = userName,
            ["password"] = password,
            ["returnUrl"] = "/",
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
        return client;
    }

    /// <summary>Issues a key the way the admin command does and returns it.</summary>
    public async Task<string> IssueKeyAsync(string subject, string scope)
    {
        var (keyId, secret, key) = ApiKeys.NewKey();
        await Grains.GetGrain<IApiKeyGrain>(keyId).IssueAsync(ApiKeys.HashSecret(secret), subject, scope, "test");
        return key;
    }

    /// <summary>The antiforgery token of the login form's page.</summary>
    public static string AntiforgeryToken(string loginPage)
    {
        var token = ValueAttribute().Match(AntiforgeryField().Match(loginPage).Value).Groups[1].Value;
        Assert.False(string.IsNullOrEmpty(token), "The login form has no antiforgery token.");
        return token;
    }

    [GeneratedRegex("<input[^>]*__RequestVerificationToken[^>]*>")]
    private static partial Regex AntiforgeryField();

    [GeneratedRegex("value=\"([^\"]+)\"")]
    private static partial Regex ValueAttribute();

    /// <summary>Extra clean-up of a derived fixture, before the host stops.</summary>
    protected virtual Task BeforeDisposeAsync() => Task.CompletedTask;

    /// <summary>Extra clean-up of a derived fixture, after the host stopped (servers it needed until then).</summary>
    protected virtual Task AfterDisposeAsync() => Task.CompletedTask;

    async Task IAsyncLifetime.DisposeAsync()
    {
        await BeforeDisposeAsync();
        await base.DisposeAsync();
        await AfterDisposeAsync();
        try
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

[CollectionDefinition(Name)]
public sealed class WebCollection : ICollectionFixture<WebAppFixture>
{
    public const string Name = "web";
}
