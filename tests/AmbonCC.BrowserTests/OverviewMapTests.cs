using System.Collections.Concurrent;
using System.Net;
using Microsoft.Playwright;

namespace AmbonCC.BrowserTests;

/// <summary>
/// The overview's city map: Leaflet comes from the app itself (no CDN, no tile server by default), and a marker
/// recolours live when its gauge's band rises.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class OverviewMapTests(BrowserFixture fixture)
{
    [Fact]
    public async Task The_overview_map_draws_from_local_files_only_and_recolours_a_gauge_live()
    {
        using var feeder = await fixture.NewGaugeAsync();
        var page = await fixture.SignInAsync("admin", CommandCenterProcess.AdminPassword);
        var requests = new ConcurrentQueue<string>();
        page.Context.Request += (_, request) => requests.Enqueue(request.Url);

        await page.GotoAsync("/");
        await Assertions.Expect(page.GetByTestId("live-indicator")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        var marker = page.Locator($"[data-testid=overview-city-map] .ccmap-dot[data-id='gauge:{feeder.Code}']");
        await Assertions.Expect(marker).ToHaveCountAsync(1, new() { Timeout = 30_000 });
        await Assertions.Expect(marker).Not.ToHaveAttributeAsync("data-tone", "warning");
        // The offline background is drawn too (kelurahan points and rivers from ambon-geo.json).
        await Assertions.Expect(page.Locator("[data-testid=overview-city-map] path.leaflet-interactive").First).ToBeAttachedAsync(new() { Timeout = 15_000 });

        // From below Siaga 3 to past Siaga 2 while the page is open: no reload.
        var before = await feeder.StatusAsync();
        await feeder.RiseAsync(before.Siaga3Cm - 30, before.Siaga2Cm + 20);
        await Assertions.Expect(marker).ToHaveAttributeAsync("data-tone", "warning", new() { Timeout = 15_000 });

        // Its popup links to the gauge on the Rivers page.
        await marker.DispatchEventAsync("click");
        await Assertions.Expect(page.Locator($".ccmap-popup[data-popup='gauge:{feeder.Code}'] a")).ToHaveAttributeAsync("href", $"/rivers?gauge={feeder.Code}");

        Assert.Contains(requests, u => new Uri(u).AbsolutePath.EndsWith("/lib/leaflet/leaflet.js", StringComparison.Ordinal));
        Assert.Contains(requests, u => new Uri(u).AbsolutePath.EndsWith("/lib/leaflet.markercluster/leaflet.markercluster.js", StringComparison.Ordinal));
        var foreign = requests.Select(u => new Uri(u)).Where(u => u.Scheme is "http" or "https" or "ws" or "wss" && !IsLoopback(u.Host)).ToList();
        Assert.True(foreign.Count == 0, "requests left the machine: " + string.Join(", ", foreign));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_video_wall_shows_the_board_without_the_menu()
    {
        var page = await fixture.SignInAsync("admin", CommandCenterProcess.AdminPassword);
        await page.GotoAsync("/overview/wall");
        await Assertions.Expect(page.GetByTestId("live-indicator")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Assertions.Expect(page.GetByTestId("count-open-incidents")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid=overview-city-map] .ccmap-dot").First).ToBeAttachedAsync(new() { Timeout = 30_000 });
        await Assertions.Expect(page.Locator(".mud-nav-link")).ToHaveCountAsync(0);
        await page.Context.CloseAsync();
    }

    private static bool IsLoopback(string host) =>
        host == "localhost" || (IPAddress.TryParse(host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));
}
