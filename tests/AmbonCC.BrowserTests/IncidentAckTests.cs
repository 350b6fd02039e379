using System.Text.Json;
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
        var incidentId = await IncidentOfGaugeAsync(feeder.Code);

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

    /// <summary>
    /// The open incident holding the gauge's level alarm (flood alarms of one kelurahan and hour may share an incident
    /// with another test's river, so it is found by its alarm, not its title).
    /// </summary>
    private async Task<string> IncidentOfGaugeAsync(string code)
    {
        var admin = await fixture.SignInAsync("admin", CommandCenterProcess.AdminPassword);
        try
        {
            for (var attempt = 0; attempt < 150; attempt++)
            {
                var open = JsonDocument.Parse(await (await admin.Context.APIRequest.GetAsync("/api/v1/incidents")).TextAsync());
                foreach (var id in open.RootElement.EnumerateArray().Select(i => i.GetProperty("id").GetString()!))
                {
                    var detail = JsonDocument.Parse(await (await admin.Context.APIRequest.GetAsync($"/api/v1/incidents/{id}")).TextAsync());
                    if (detail.RootElement.GetProperty("alarms").EnumerateArray().Any(al => al.GetProperty("id").GetString() == $"gauge:{code}|siaga"))
                    {
                        return id;
                    }
                }

                await Task.Delay(200);
            }

            throw new InvalidOperationException($"No incident holds the level alarm of gauge {code}.");
        }
        finally
        {
            await admin.Context.CloseAsync();
        }
    }
}
