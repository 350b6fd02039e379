using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using Microsoft.Playwright;

namespace AmbonCC.BrowserTests;

/// <summary>
/// The camera wall live: a tile turns green on the first heartbeat, shows each new picture, and turns red when
/// heartbeats stop (the process allows 3 s of silence). The test owns the seeded camera CCTV-WS-01: no other
/// browser test sends camera data.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CamerasLiveTests(BrowserFixture fixture)
{
    private const string Code = "CCTV-WS-01";

    [Fact]
    public async Task A_tile_shows_new_pictures_and_turns_red_when_heartbeats_stop()
    {
        using var device = new HttpClient { BaseAddress = new Uri(fixture.App.BaseUrl) };
        device.DefaultRequestHeaders.Add("X-Api-Key", await fixture.App.IssueApiKeyAsync("camera:" + Code, "device:ingest"));
        var page = await fixture.SignInAsync("admin", CommandCenterProcess.AdminPassword);
        await page.GotoAsync("/cameras");
        await Assertions.Expect(page.GetByTestId("live-indicator")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        var tile = page.Locator($"[data-testid=camera-tile][data-code='{Code}']");
        await Assertions.Expect(tile).ToBeVisibleAsync();

        // A heartbeat with a picture: the tile turns green and shows that picture (its hash in the address).
        var first = await PutPictureAsync(device, 1);
        await HeartbeatAsync(device);
        await Assertions.Expect(tile).ToHaveAttributeAsync("data-health", "Online", new() { Timeout = 15_000 });
        await Assertions.Expect(tile.GetByTestId("camera-picture")).ToHaveAttributeAsync("data-sha", first, new() { Timeout = 15_000 });

        // A new picture replaces it without a reload.
        var second = await PutPictureAsync(device, 2);
        Assert.NotEqual(first, second);
        await Assertions.Expect(tile.GetByTestId("camera-picture")).ToHaveAttributeAsync("data-sha", second, new() { Timeout = 15_000 });

        // Silence: the camera's timer marks it offline and the tile turns red, still without a reload.
        await Assertions.Expect(tile).ToHaveAttributeAsync("data-health", "Offline", new() { Timeout = 20_000 });
        await Assertions.Expect(tile).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("camera-offline"));

        // The same cameras on the city map, in the same colour (offline is red: "danger").
        await page.GetByTestId("toggle-map").First.ClickAsync(new() { Force = true });
        var marker = page.Locator($"[data-testid=camera-city-map] .ccmap-dot[data-id='camera:{Code}']");
        await Assertions.Expect(marker).ToHaveAttributeAsync("data-tone", "danger", new() { Timeout = 30_000 });
        await page.Context.CloseAsync();
    }

    private static async Task HeartbeatAsync(HttpClient device)
    {
        var response = await device.PostAsJsonAsync($"/api/v1/cameras/{Code}/heartbeat",
            new { observedAt = DateTimeOffset.UtcNow, fps = 15, snapshotHash = Guid.NewGuid().ToString("N"), recording = true });
        Assert.True(response.IsSuccessStatusCode, $"heartbeat: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>Uploads a (tiny, not displayable) JPEG-headed picture and returns its SHA-256 as the server names it.</summary>
    private static async Task<string> PutPictureAsync(HttpClient device, byte variant)
    {
        byte[] picture = [0xFF, 0xD8, 0xFF, 0xE0, variant, .. Guid.NewGuid().ToByteArray(), 0xFF, 0xD9];
        var content = new ByteArrayContent(picture);
        content.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
        var response = await device.PutAsync($"/api/v1/cameras/{Code}/snapshot?takenAt={Uri.EscapeDataString(DateTimeOffset.UtcNow.ToString("O"))}", content);
        Assert.True(response.IsSuccessStatusCode, $"snapshot: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return Convert.ToHexStringLower(SHA256.HashData(picture));
    }
}
