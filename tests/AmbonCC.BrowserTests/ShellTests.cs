using Microsoft.Playwright;

namespace AmbonCC.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class ShellTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Admin_signs_in_and_sees_the_shell_in_Bahasa_Indonesia()
    {
        var page = await fixture.SignInAsync("admin", CommandCenterProcess.AdminPassword);

        await Assertions.Expect(page.GetByText("Ambon Command Center").First).ToBeVisibleAsync();
        foreach (var nav in new[] { "Ikhtisar", "Kamera CCTV", "Sungai & Peringatan", "Pajak Restoran", "Pengaduan", "Insiden", "Laporan", "Admin" })
        {
            await Assertions.Expect(page.Locator(".mud-nav-link", new() { HasText = nav }).First).ToBeVisibleAsync();
        }

        // The demo city was seeded on first start.
        await Assertions.Expect(page.GetByTestId("count-cameras")).ToHaveTextAsync("32");
        await Assertions.Expect(page.GetByTestId("count-terminals")).ToHaveTextAsync("300");
        // The seeded gauges on the city map (other tests add gauges of their own, coded BT-...).
        await Assertions.Expect(page.Locator("[data-testid=overview-city-map] .ccmap-dot[data-id^='gauge:PDA-']")).ToHaveCountAsync(10, new() { Timeout = 30_000 });

        // MudBlazor's stylesheet is served: the app bar is styled, not a bare header.
        var appBarPosition = await page.Locator(".mud-appbar").EvaluateAsync<string>("e => getComputedStyle(e).position");
        Assert.Equal("fixed", appBarPosition);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_bulletin_posted_by_one_operator_appears_live_on_another_screen()
    {
        var watcher = await fixture.SignInAsync("admin", CommandCenterProcess.AdminPassword);
        var poster = await fixture.SignInAsync("admin", CommandCenterProcess.AdminPassword);
        var text = "Banjir Wai Batu Merah: siaga petugas " + Guid.NewGuid().ToString("N")[..6];

        // Wait for both circuits to be interactive before acting.
        await Assertions.Expect(watcher.GetByTestId("live-indicator")).ToBeVisibleAsync();
        await Assertions.Expect(poster.GetByTestId("live-indicator")).ToBeVisibleAsync();
        await poster.Locator("input[data-testid=bulletin-text], [data-testid=bulletin-text] input").First.FillAsync(text);
        await poster.GetByTestId("bulletin-post").ClickAsync();

        // The watcher never reloads: the event travels grain → stream → hub → circuit.
        await Assertions.Expect(watcher.GetByTestId("bulletin-item").Filter(new() { HasText = text }))
            .ToBeVisibleAsync(new() { Timeout = 15_000 });
        await watcher.Context.CloseAsync();
        await poster.Context.CloseAsync();
    }

    [Fact]
    public async Task English_is_one_click_away()
    {
        var page = await fixture.SignInAsync("admin", CommandCenterProcess.AdminPassword);
        // Once the circuit is live, the click is a real navigation to /culture (not a prerendered link).
        await Assertions.Expect(page.GetByTestId("live-indicator")).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await page.GetByTestId("language-switch").ClickAsync();
        await Assertions.Expect(page.Locator(".mud-nav-link", new() { HasText = "Rivers & Warnings" })).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await page.Context.CloseAsync();
    }
}
