using Microsoft.Playwright;

namespace AmbonCC.BrowserTests;

/// <summary>The shift page's "open now" list follows the incident queue while it is open: an operator handing over sees
/// an incident that opened a moment ago without reloading.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ShiftsLiveTests(BrowserFixture fixture)
{
    // A kelurahan of Sirimau no other browser test raises alarms in: this gauge's flood alarm opens its own incident.
    private const string Kelurahan = "81.71.02.1015";
    private const int Wait = 20_000;

    [Fact]
    public async Task An_incident_opened_while_the_shift_page_is_open_appears_in_its_open_list()
    {
        using var feeder = await fixture.NewGaugeAsync(Kelurahan);
        var user = "op.s." + Guid.NewGuid().ToString("N")[..6];
        const string password = "Operator-Test-Pw-2026";
        await fixture.App.AddUserAsync(user, "Operator", password);
        var page = await fixture.SignInAsync(user, password);
        await page.GotoAsync("/shifts");
        await Assertions.Expect(page.GetByTestId("live-indicator")).ToBeVisibleAsync(new() { Timeout = 30_000 });

        var status = await feeder.StatusAsync();
        await feeder.RiseAsync(status.Siaga3Cm - 30, status.Siaga2Cm + 20);
        var incidentId = await fixture.IncidentOfGaugeAsync(feeder.Code);

        await Assertions.Expect(page.Locator($"[data-testid=open-now] tr[data-incident-id='{incidentId}']")).ToBeVisibleAsync(new() { Timeout = Wait });
        await page.Context.CloseAsync();
    }
}
