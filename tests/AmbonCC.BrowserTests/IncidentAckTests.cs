using Microsoft.Playwright;

namespace AmbonCC.BrowserTests;

/// <summary>Two operators on /incidents in two browser contexts: one acknowledges, the other's screen shows it live.</summary>
[Collection(BrowserCollection.Name)]
public sealed class IncidentAckTests(BrowserFixture fixture)
{
    private const int Wait = 15_000;

    [Fact]
    public async Task One_operator_acknowledges_an_incident_and_the_other_operators_open_screen_shows_it()
    {
        using var feeder = await fixture.NewGaugeAsync();
        var before = await feeder.StatusAsync();
        await feeder.RiseAsync(before.Siaga3Cm - 30, before.Siaga2Cm + 20);
        var incidentId = await fixture.IncidentOfGaugeAsync(feeder.Code);

        var suffix = Guid.NewGuid().ToString("N")[..6];
        var (first, second) = ("op.a." + suffix, "op.b." + suffix);
        const string password = "Operator-Test-Pw-2026";
        await fixture.App.AddUserAsync(first, "Operator", password);
        await fixture.App.AddUserAsync(second, "Operator", password);
        var a = await OpenIncidentAsync(first, password, incidentId);
        var b = await OpenIncidentAsync(second, password, incidentId);
        await Assertions.Expect(b.GetByTestId("incident-unacknowledged")).ToBeVisibleAsync(new() { Timeout = Wait });

        await a.GetByTestId("incident-ack").ClickAsync();

        // The other operator did nothing: the row and the open detail change by the live event alone.
        var rowOnB = b.Locator("tr", new() { Has = b.Locator($"[data-incident-id='{incidentId}']") }).GetByTestId("incident-ack-state");
        await Assertions.Expect(rowOnB).ToHaveAttributeAsync("data-acknowledged", "true", new() { Timeout = Wait });
        await Assertions.Expect(b.GetByTestId("incident-acknowledged")).ToContainTextAsync(first, new() { Timeout = Wait });
        await Assertions.Expect(b.GetByTestId("incident-timeline")).ToContainTextAsync(first, new() { Timeout = Wait });
        await a.Context.CloseAsync();
        await b.Context.CloseAsync();
    }

    private async Task<IPage> OpenIncidentAsync(string user, string password, string incidentId)
    {
        var page = await fixture.SignInAsync(user, password);
        await page.GotoAsync("/incidents");
        await Assertions.Expect(page.GetByTestId("live-indicator")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        var cell = page.Locator($"[data-incident-id='{incidentId}']");
        await Assertions.Expect(cell).ToBeVisibleAsync(new() { Timeout = Wait });
        await cell.ClickAsync();
        await Assertions.Expect(page.GetByTestId("incident-detail-title")).ToContainTextAsync(incidentId, new() { Timeout = Wait });
        return page;
    }
}
