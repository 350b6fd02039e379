using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace AmbonCC.BrowserTests;

/// <summary>
/// Journey 2 on screen: a terminal reports, its row on the Tax page is green; it goes silent while its outlet is
/// open and the row turns red by itself, without a reload (the process allows 3 s of silence). The test owns the
/// seeded outlet that is open around the clock ("Rumah Makan 24 Jam ..."): no other browser test sends tax data.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class TaxLiveTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_terminal_that_goes_silent_while_open_turns_red_on_the_tax_page_live()
    {
        var page = await fixture.SignInAsync("admin", CommandCenterProcess.AdminPassword);
        var serial = await AllDaySerialAsync(page);
        using var device = new HttpClient { BaseAddress = new Uri(fixture.App.BaseUrl) };
        device.DefaultRequestHeaders.Add("X-Api-Key", await fixture.App.IssueApiKeyAsync("terminal:" + serial, "device:ingest"));

        await page.GotoAsync("/tax");
        await Assertions.Expect(page.GetByTestId("live-indicator")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await page.Locator("[data-testid=terminal-search] input, input[data-testid=terminal-search]").First.FillAsync(serial);
        var cell = page.GetByTestId("health-" + serial);
        await Assertions.Expect(cell).ToBeVisibleAsync(new() { Timeout = 15_000 });

        // The device reports: its row turns green (a live row from the register, not a reload).
        var beat = await device.PostAsJsonAsync($"/api/v1/terminals/{serial}/heartbeat", new { deviceTime = DateTimeOffset.UtcNow });
        Assert.True(beat.IsSuccessStatusCode, $"heartbeat: {(int)beat.StatusCode} {await beat.Content.ReadAsStringAsync()}");
        await Assertions.Expect(cell).ToHaveAttributeAsync("data-health", "Green", new() { Timeout = 20_000 });

        // Then silence while the outlet is open: the terminal's own watch turns it red and the row follows.
        await Assertions.Expect(cell).ToHaveAttributeAsync("data-health", "Red", new() { Timeout = 60_000 });
        await page.Context.CloseAsync();
    }

    /// <summary>The serial of the seeded outlet that never closes, from the terminal list (the signed-in admin's cookie).</summary>
    private static async Task<string> AllDaySerialAsync(IPage page)
    {
        var response = await page.APIRequest.GetAsync("/api/v1/terminals");
        Assert.True(response.Ok, $"terminal list: {response.Status}");
        using var list = JsonDocument.Parse(await response.TextAsync());
        return list.RootElement.EnumerateArray()
            .Where(t => t.GetProperty("outlet").GetString()!.StartsWith("Rumah Makan 24 Jam", StringComparison.Ordinal))
            .Select(t => t.GetProperty("serial").GetString()!)
            .Single();
    }
}
