using System.Collections.Immutable;
using System.Security.Claims;
using AmbonCC.Cameras;
using AmbonCC.City;
using AmbonCC.IntegrationTests.Web;
using AmbonCC.Security;
using AmbonCC.TaxTerminals;
using AmbonCC.Web.Security;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Configuration;

namespace AmbonCC.IntegrationTests.Journeys;

/// <summary>
/// The command center for journeys 2, 4 and 5. The tax thresholds are seconds instead of half an hour and three days
/// (the terminals measure silence on the silo's real clock, which a test cannot move); camera freezing keeps the
/// production 10 minutes, because it is measured on the heartbeats' own times, which the test sends.
/// </summary>
public sealed class JourneyFixture : WebAppFixture
{
    /// <summary>What stands in for the acting mayor's 3 days in this host.</summary>
    public static readonly TimeSpan RedEscalation = TimeSpan.FromSeconds(8);

    protected override void Configure(IWebHostBuilder builder)
    {
        builder.UseSetting("AmbonCC:Tax:SilentWhileOpen", "00:00:03");
        builder.UseSetting("AmbonCC:Tax:WatchPeriod", "00:00:01");
        builder.UseSetting("AmbonCC:Tax:RedEscalation", RedEscalation.ToString());
        builder.UseSetting("AmbonCC:Reports:Schedule", "false");
        builder.ConfigureTestServices(services =>
            services.Configure<ReminderOptions>(o => o.MinimumReminderPeriod = TimeSpan.FromSeconds(1)));
    }

    public CityClock City => Services.GetRequiredService<CityClock>();

    public async Task<HttpClient> KeyClientAsync(string subject, string scope)
    {
        var client = Anonymous();
        client.DefaultRequestHeaders.Add(ApiKeys.Header, await IssueKeyAsync(subject, scope));
        return client;
    }

    /// <summary>An outlet open all week (so that "now" is always within its hours) with its terminal's own key.</summary>
    public async Task<(string Serial, string Npwpd, HttpClient Device)> NewOutletAsync(string name, string kelurahan)
    {
        var id = Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();
        var serial = "MPOST-" + id;
        var npwpd = "P.2." + id;
        var week = Enum.GetValues<DayOfWeek>().Select(d => new OpeningHours(d, new TimeOnly(0, 0), new TimeOnly(23, 59))).ToImmutableArray();
        var profile = new RestaurantProfile(npwpd, name + " " + id, RestaurantKind.RumahMakan, "Jl. A.Y. Patty No. 7", kelurahan,
            -3.695, 128.18, serial, week, 60);
        await Grains.GetGrain<ITaxTerminalGrain>(serial).RegisterAsync(profile);
        await Grains.GetGrain<ITaxpayerGrain>(npwpd).RegisterAsync(profile);
        return (serial, npwpd, await KeyClientAsync("terminal:" + serial, ApiScopes.DeviceIngest));
    }

    /// <summary>A camera in the city's index (as a seeded one is), with its own device key.</summary>
    public async Task<(string Code, HttpClient Device)> NewCameraAsync(CameraCategory category, string site, string vms)
    {
        var code = "CCTV-J-" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();
        await Grains.GetGrain<ICameraGrain>(code).RegisterAsync(new CameraProfile(
            code, site, category, site, "81.71.01.1006", -3.696, 128.182, "rtsp://10.0.0.9/1", "DISHUB", null, vms));
        await Grains.GetGrain<ICityDirectoryGrain>(AmbonCC.Platform.CityKeys.City).AddToIndexAsync(CityIndexKind.Camera, [code]);
        return (code, await KeyClientAsync("camera:" + code, ApiScopes.DeviceIngest));
    }

    /// <summary>A signed-in person as the overview's components see them (cookie scheme, roles as claims).</summary>
    public static ClaimsPrincipal Person(string name, string role) => new(new ClaimsIdentity(
        [new Claim(ClaimTypes.Name, name), new Claim(ClaimTypes.Role, role)], CookieAuthenticationDefaults.AuthenticationScheme));
}

[CollectionDefinition(Name)]
public sealed class JourneyCollection : ICollectionFixture<JourneyFixture>
{
    public const string Name = "journeys";
}
