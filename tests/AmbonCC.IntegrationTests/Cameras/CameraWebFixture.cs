using System.Net.Http.Headers;
using AmbonCC.Cameras;
using AmbonCC.City;
using AmbonCC.IntegrationTests.Web;
using AmbonCC.Security;
using AmbonCC.Web.Security;
using Microsoft.AspNetCore.Hosting;

namespace AmbonCC.IntegrationTests.Cameras;

/// <summary>
/// The web host with a 2-second offline limit, so that a silence the test makes is long enough without a long wait;
/// frozen is measured on the heartbeats' own times, so the test sends those rather than waiting.
/// </summary>
public sealed class CameraWebFixture : WebAppFixture
{
    public const string Kelurahan = "81.71.01.1006";

    protected override void Configure(IWebHostBuilder builder)
    {
        builder.UseSetting("AmbonCC:Cameras:OfflineAfterSeconds", "2");
        builder.UseSetting("AmbonCC:Cameras:FrozenAfterSeconds", "60");
        builder.UseSetting("AmbonCC:Cameras:MaxSnapshotBytes", "4096");
    }

    /// <summary>Registers a camera with a fresh code (in the city's index) and returns a client holding its own key.</summary>
    public async Task<(string Code, HttpClient Device)> NewCameraAsync(
        CameraCategory category = CameraCategory.Road, string? site = null, string vms = "vms-test")
    {
        var code = "CCTV-T-" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();
        await Grains.GetGrain<ICameraGrain>(code).RegisterAsync(new CameraProfile(
            code, "Kamera uji " + code, category, site ?? "Jl. Uji", Kelurahan, -3.69, 128.18, "rtsp://10.0.0.1/1", "DISHUB",
            null, vms));
        // Indexed like a seeded camera, so that an incident its alarm opens reads its profile (nearby cameras).
        await Grains.GetGrain<ICityDirectoryGrain>(AmbonCC.Platform.CityKeys.City).AddToIndexAsync(CityIndexKind.Camera, [code]);
        return (code, await KeyClientAsync("camera:" + code, ApiScopes.DeviceIngest));
    }

    public async Task<HttpClient> KeyClientAsync(string subject, string scope)
    {
        var client = Anonymous();
        client.DefaultRequestHeaders.Add(ApiKeys.Header, await IssueKeyAsync(subject, scope));
        return client;
    }

    public static ByteArrayContent Jpeg(byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
        return content;
    }
}

[CollectionDefinition(Name)]
public sealed class CameraCollection : ICollectionFixture<CameraWebFixture>
{
    public const string Name = "cameras";
}
