using Microsoft.Playwright;

namespace AmbonCC.BrowserTests;

/// <summary>
/// A live update renders in the reader's language, like the first render: an Indonesian reader sees "40,9",
/// never "40.9", after a reading arrives on the open page.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class LiveCultureTests(BrowserFixture fixture)
{
    [Fact]
    public async Task An_Indonesian_reader_keeps_the_decimal_comma_after_a_live_reading()
    {
        using var feeder = await fixture.NewGaugeAsync();
        await feeder.RiseAsync(20, 41.4);
        var page = await fixture.SignInAsync("admin", CommandCenterProcess.AdminPassword);
        await page.GotoAsync("/culture?culture=id-ID&returnUrl=/rivers");
        await page.WaitForURLAsync("**/rivers");
        await Assertions.Expect(page.GetByTestId("live-indicator")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        var level = page.Locator("tr", new() { Has = page.Locator($"[data-testid=gauge-row][data-gauge-code='{feeder.Code}']") })
            .GetByTestId("gauge-level");
        await Assertions.Expect(level).ToHaveTextAsync("41,4");

        // The reading travels API → grain → stream → hub → this circuit, on threads that are not the reader's.
        await feeder.RiseAsync(41.4, 40.9);

        await Assertions.Expect(level).ToHaveTextAsync("40,9", new() { Timeout = 15_000 });
        await page.Context.CloseAsync();
    }
}
