using Microsoft.Playwright;

namespace AmbonCC.BrowserTests;

/// <summary>
/// Journey 1 seen from the browser: readings sent through the device API reach an open page live. Each test
/// registers its own gauge on its own river, so no test depends on what another left behind.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class RiversLiveTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Readings_rising_past_Siaga_2_recolour_the_gauge_on_the_open_Rivers_page()
    {
        using var feeder = await fixture.NewGaugeAsync();
        var before = await feeder.StatusAsync();
        Assert.NotEqual("Siaga2", before.Band);
        var page = await fixture.SignInAsync("admin", CommandCenterProcess.AdminPassword);
        await page.GotoAsync("/rivers");
        await Assertions.Expect(page.GetByTestId("live-indicator")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        var marker = page.Locator($"[data-testid=gauge-marker][data-gauge-code='{feeder.Code}']");
        await Assertions.Expect(marker).ToHaveAttributeAsync("data-band", before.Band);

        // The test's own gauge, fresh: from below Siaga 3 to past Siaga 2 while the page is open.
        await feeder.RiseAsync(before.Siaga3Cm - 30, before.Siaga2Cm + 20);

        // No reload: the reading travels API → gauge grain → live stream → hub → this circuit.
        await Assertions.Expect(marker).ToHaveAttributeAsync("data-band", "Siaga2", new() { Timeout = 15_000 });
        await Assertions.Expect(marker).ToHaveAttributeAsync("data-rise", "1");
        await Assertions.Expect(page.Locator($"[data-testid=gauge-row][data-gauge-code='{feeder.Code}']")).ToBeVisibleAsync();

        // Selecting the gauge draws its chart from the ledger with the three threshold lines. The click is
        // dispatched on the marker itself: other tests' markers may sit close by on the map.
        await marker.DispatchEventAsync("click");
        await Assertions.Expect(page.GetByTestId("gauge-detail")).ToHaveAttributeAsync("data-gauge-code", feeder.Code, new() { Timeout = 15_000 });
        await Assertions.Expect(page.GetByTestId("threshold-line")).ToHaveCountAsync(3);
        Assert.True(int.Parse(await page.GetByTestId("level-chart").GetAttributeAsync("data-points") ?? "0") >= 8);

        // The week view asks the ledger for hourly buckets instead.
        await page.Locator(".mud-toggle-item", new() { HasText = "7 hari" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("level-chart")).ToHaveAttributeAsync("data-resolution", "1h");
        await Assertions.Expect(page.GetByTestId("rate-line")).ToHaveCountAsync(0);
        Assert.NotEqual("0", await page.GetByTestId("level-chart").GetAttributeAsync("data-points"));

        // An invalid rule is refused with the grain's message next to the field it names; nothing is saved.
        await Assertions.Expect(page.GetByTestId("threshold-editor")).ToBeVisibleAsync();
        await page.Locator("input[data-testid=threshold-siaga2], [data-testid=threshold-siaga2] input").First.FillAsync("1");
        await page.GetByTestId("threshold-save").ClickAsync();
        await Assertions.Expect(page.GetByTestId("threshold-editor").GetByText("Siaga 2 must be above Siaga 3.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("threshold-change")).ToHaveCountAsync(0);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_Supervisor_approves_the_draft_warning_for_a_flooding_river_and_recipients_appear()
    {
        using var feeder = await fixture.NewGaugeAsync();
        var before = await feeder.StatusAsync();
        await feeder.RiseAsync(before.Siaga3Cm - 30, before.Siaga2Cm + 20);

        var page = await fixture.SignInAsync("admin", CommandCenterProcess.AdminPassword);
        await page.GotoAsync("/warnings");
        await Assertions.Expect(page.GetByTestId("live-indicator")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        var draftRow = page.Locator("tr", new()
        {
            Has = page.Locator("[data-testid=warning-row][data-state=Draft]"),
            HasText = feeder.RiverName,
        });
        await Assertions.Expect(draftRow).ToHaveCountAsync(1, new() { Timeout = 15_000 });
        await draftRow.ClickAsync();

        var approve = page.GetByTestId("warning-approve");
        await Assertions.Expect(page.GetByTestId("pending-headline")).ToContainTextAsync(feeder.RiverName);
        await approve.ClickAsync();

        await Assertions.Expect(page.GetByTestId("warning-state")).ToHaveAttributeAsync("data-state", "Active", new() { Timeout = 15_000 });
        await Assertions.Expect(page.GetByTestId("recipient-row").First).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await Assertions.Expect(page.GetByTestId("cap-message")).ToHaveCountAsync(1);
        await Assertions.Expect(page.GetByTestId("unacked-recipient").First).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task An_operator_without_the_Supervisor_role_sees_rivers_and_warnings_read_only()
    {
        var name = "op" + Guid.NewGuid().ToString("N")[..6];
        await fixture.App.AddUserAsync(name, "Operator", CommandCenterProcess.AdminPassword);
        using var feeder = await fixture.NewGaugeAsync();
        var before = await feeder.StatusAsync();
        await feeder.RiseAsync(before.Siaga3Cm - 30, before.Siaga2Cm + 20);

        var page = await fixture.SignInAsync(name, CommandCenterProcess.AdminPassword);
        await page.GotoAsync($"/rivers?gauge={feeder.Code}");
        await Assertions.Expect(page.GetByTestId("live-indicator")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Assertions.Expect(page.GetByTestId("gauge-detail")).ToHaveAttributeAsync("data-gauge-code", feeder.Code);
        await Assertions.Expect(page.GetByTestId("threshold-editor")).ToHaveCountAsync(0);

        await page.GotoAsync("/warnings");
        await Assertions.Expect(page.GetByTestId("live-indicator")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        var row = page.Locator("tr", new() { Has = page.GetByTestId("warning-row"), HasText = feeder.RiverName });
        await Assertions.Expect(row).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await row.ClickAsync();
        await Assertions.Expect(page.GetByTestId("warning-detail")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("warning-approve")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("warning-cancel")).ToHaveCountAsync(0);
        await page.Context.CloseAsync();
    }
}
