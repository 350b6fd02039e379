using System.Globalization;
using Microsoft.Playwright;

namespace AmbonCC.BrowserTests;

/// <summary>
/// Journey 4 in the browser: a request without a letter number is refused with the error at its field; a complete
/// one is recorded and listed; the Supervisor (here the admin) approves it on its page, which shows the legal hold
/// and a custody log that verifies. Owns camera CCTV-RD-02 (no other browser test asks for its footage).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class EvidencePageTests(BrowserFixture fixture)
{
    private const string Camera = "CCTV-RD-02";

    private static ILocator Input(IPage page, string testId) =>
        page.Locator($"[data-testid={testId}] input, input[data-testid={testId}], [data-testid={testId}] textarea, textarea[data-testid={testId}]").First;

    [Fact]
    public async Task A_request_is_refused_at_its_field_then_recorded_listed_and_approved_with_a_verified_custody_log()
    {
        var page = await fixture.SignInAsync("admin", CommandCenterProcess.AdminPassword);
        await page.GotoAsync("/evidence");
        // Typing before the circuit is interactive would be lost with the prerendered page.
        await Assertions.Expect(page.GetByTestId("ev-form")).ToHaveAttributeAsync("data-interactive", "true", new() { Timeout = 30_000 });
        var marker = "LP/B/" + Guid.NewGuid().ToString("N")[..6];
        // The window is typed in city time (WIT), two days ago.
        var from = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(9)).AddDays(-2);
        await Input(page, "ev-institution").FillAsync("Polresta Pulau Ambon");
        await Input(page, "ev-officer").FillAsync("Bripka Leiwakabessy");
        await Input(page, "ev-letter-date").FillAsync(from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await Input(page, "ev-case").FillAsync(marker);
        await Input(page, "ev-reason").FillAsync("Pencurian kendaraan");
        await Input(page, "ev-from").FillAsync(from.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture));
        await Input(page, "ev-to").FillAsync(from.AddMinutes(90).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture));
        await page.GetByTestId("ev-cameras").ClickAsync();
        await page.GetByText($"{Camera} ·").First.ClickAsync();
        await page.Keyboard.PressAsync("Escape");

        // No letter number: refused, the error at its field, nothing recorded.
        await page.GetByTestId("ev-record").ClickAsync();
        // In the reader's language (the browser's Accept-Language may choose either).
        var letterError = page.GetByText(new System.Text.RegularExpressions.Regex("Permintaan harus menyertakan nomor surat|A request needs the number of its letter"));
        try
        {
            await Assertions.Expect(letterError).ToBeVisibleAsync(new() { Timeout = 15_000 });
        }
        catch (PlaywrightException)
        {
            await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "evidence-page.png"), FullPage = true });
            throw;
        }

        await Assertions.Expect(page.GetByTestId("ev-recorded")).ToHaveCountAsync(0);

        await Input(page, "ev-letter").FillAsync("B/77/XII/2026");
        await page.GetByTestId("ev-record").ClickAsync();
        try
        {
            await Assertions.Expect(page.GetByTestId("ev-recorded")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        }
        catch (PlaywrightException)
        {
            await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "evidence-recorded.png"), FullPage = true });
            throw;
        }

        var row = page.Locator("[data-testid=evidence-row]", new() { HasText = marker });
        await Assertions.Expect(row).ToHaveAttributeAsync("data-status", "Requested");

        await row.GetByRole(AriaRole.Link).First.ClickAsync();
        await Assertions.Expect(page.GetByTestId("ev-approve")).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await Input(page, "ev-decision-reason").FillAsync("Surat lengkap");
        await page.GetByTestId("ev-approve").ClickAsync();

        await Assertions.Expect(page.GetByTestId("evidence-status")).ToHaveAttributeAsync("data-status", "OnHold", new() { Timeout = 15_000 });
        await Assertions.Expect(page.GetByTestId("custody-verified")).ToHaveAttributeAsync("data-verified", "true");
        await Assertions.Expect(page.GetByTestId("custody-entry")).ToHaveCountAsync(2);
        await page.Context.CloseAsync();
    }
}
