using System.Text.Json;
using Microsoft.Playwright;

namespace AmbonCC.BrowserTests;

/// <summary>
/// Merging moves another incident's history into this one and closes it, so the page asks first: cancelling the
/// question changes nothing; confirming it merges.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class IncidentMergeTests(BrowserFixture fixture)
{
    // Two kelurahan of Sirimau no other browser test raises alarms in: each gauge's flood alarm opens its own incident.
    private const string First = "81.71.02.1016";
    private const string Second = "81.71.02.1017";
    private const int Wait = 20_000;

    [Fact]
    public async Task A_merge_is_asked_once_more_and_nothing_changes_when_the_operator_cancels()
    {
        using var into = await fixture.NewGaugeAsync(First);
        using var from = await fixture.NewGaugeAsync(Second);
        foreach (var feeder in new[] { into, from })
        {
            var status = await feeder.StatusAsync();
            await feeder.RiseAsync(status.Siaga3Cm - 30, status.Siaga2Cm + 20);
        }

        var admin = await fixture.SignInAsync("admin", CommandCenterProcess.AdminPassword);
        var intoId = await fixture.IncidentOfGaugeAsync(into.Code);
        var fromId = await fixture.IncidentOfGaugeAsync(from.Code);
        Assert.NotEqual(intoId, fromId);

        var suffix = Guid.NewGuid().ToString("N")[..6];
        const string password = "Operator-Test-Pw-2026";
        await fixture.App.AddUserAsync("op.m." + suffix, "Operator", password);
        var page = await fixture.SignInAsync("op.m." + suffix, password);
        await page.GotoAsync("/incidents");
        await Assertions.Expect(page.GetByTestId("live-indicator")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await page.Locator($"[data-incident-id='{intoId}']").ClickAsync(new() { Timeout = Wait });
        await Assertions.Expect(page.GetByTestId("incident-detail-title")).ToContainTextAsync(intoId, new() { Timeout = Wait });
        var field = page.Locator("input[data-testid=merge-from], [data-testid=merge-from] input").First;

        await field.FillAsync(fromId);
        await page.GetByTestId("incident-merge").ClickAsync();
        var dialog = page.Locator(".mud-dialog");
        await Assertions.Expect(dialog).ToContainTextAsync(fromId, new() { Timeout = Wait });
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Batal" }).ClickAsync();
        await Assertions.Expect(dialog).ToHaveCountAsync(0, new() { Timeout = Wait });
        Assert.Null(await MergedIntoAsync(admin, fromId));

        await field.FillAsync(fromId);
        await page.GetByTestId("incident-merge").ClickAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Ya, lanjutkan" }).ClickAsync(new() { Timeout = Wait });
        await Assertions.Expect(page.GetByTestId("incident-timeline")).ToContainTextAsync(fromId, new() { Timeout = Wait });
        // The timeline shows the absorbed history first; the other incident is closed as the merge's last step.
        Assert.Equal(intoId, await MergedIntoWithinAsync(admin, fromId, TimeSpan.FromMilliseconds(Wait)));

        await page.Context.CloseAsync();
        await admin.Context.CloseAsync();
    }

    private static async Task<string?> MergedIntoWithinAsync(IPage admin, string incidentId, TimeSpan patience)
    {
        var until = DateTime.UtcNow + patience;
        while (true)
        {
            var into = await MergedIntoAsync(admin, incidentId);
            if (into is not null || DateTime.UtcNow > until)
            {
                return into;
            }

            await Task.Delay(100);
        }
    }

    private static async Task<string?> MergedIntoAsync(IPage admin, string incidentId)
    {
        var detail = JsonDocument.Parse(await (await admin.Context.APIRequest.GetAsync($"/api/v1/incidents/{incidentId}")).TextAsync());
        return detail.RootElement.TryGetProperty("handling", out var handling) && handling.ValueKind == JsonValueKind.Object
            && handling.TryGetProperty("mergedInto", out var into) ? into.GetString() : null;
    }
}
