using Microsoft.Playwright;

namespace AmbonCC.BrowserTests;

/// <summary>
/// The Admin page end to end: a user created there can sign in, a key issued there is shown once and works until it
/// is revoked there, and disabling the user there ends their open page and their sign-in.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AdminPageTests(BrowserFixture fixture)
{
    private const int Wait = 15_000;

    [Fact]
    public async Task Admin_creates_a_user_issues_and_revokes_a_key_and_disables_the_user()
    {
        var admin = await fixture.SignInAsync("admin", CommandCenterProcess.AdminPassword);
        await admin.GotoAsync("/admin");
        await Assertions.Expect(admin.GetByTestId("admin-page")).ToHaveAttributeAsync("data-interactive", "true", new() { Timeout = 30_000 });

        var user = "adm.ui." + Guid.NewGuid().ToString("N")[..6];
        const string password = "Admin-Page-Test-Pw-2026";
        await Field(admin, "new-user").FillAsync(user);
        await Field(admin, "new-password").FillAsync(password);
        await admin.GetByTestId("add-user").ClickAsync();
        var row = admin.Locator($"tr[data-user='{user}']");
        await Assertions.Expect(row).ToBeVisibleAsync(new() { Timeout = Wait });

        // The key is shown once, in full; the table lists it by id only.
        await Field(admin, "key-subject").FillAsync("opd:DLHP");
        await admin.GetByTestId("issue-key").ClickAsync();
        var shown = admin.GetByTestId("issued-key");
        await Assertions.Expect(shown).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^acc_"), new() { Timeout = Wait });
        var key = (await shown.TextContentAsync())!.Trim();
        var keyId = key["acc_".Length..key.IndexOf('.', StringComparison.Ordinal)];
        Assert.Equal(200, await OpdCallAsync(key));
        var keyRow = admin.Locator($"tr[data-key='{keyId}']");
        Assert.DoesNotContain(key, await admin.GetByTestId("key-table").InnerTextAsync());

        await keyRow.GetByTestId("key-revoke").ClickAsync();
        await Assertions.Expect(keyRow.GetByTestId("key-revoked")).ToBeVisibleAsync(new() { Timeout = Wait });
        Assert.Equal(401, await OpdCallAsync(key));

        // The new user signs in; when the Admin disables them, their open page goes to the login form.
        var person = await fixture.SignInAsync(user, password);
        // Only a live circuit hears that its session ended (a prerendered page is refused at its next request).
        await Assertions.Expect(person.GetByTestId("live-indicator")).ToBeVisibleAsync(new() { Timeout = Wait });
        await row.GetByTestId("user-toggle").ClickAsync();
        await Assertions.Expect(row).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("mud-text-disabled"), new() { Timeout = Wait });
        // The login form is what the person sees; the document's load event is not awaited (a run was seen whose page
        // was on the login form with its load event still pending after 15 s).
        await person.WaitForURLAsync("**/account/login**", new() { Timeout = Wait, WaitUntil = WaitUntilState.Commit });
        await Assertions.Expect(person.Locator("#userName")).ToBeVisibleAsync(new() { Timeout = Wait });

        var again = await admin.Context.Browser!.NewContextAsync(new() { BaseURL = fixture.App.BaseUrl });
        var form = await again.NewPageAsync();
        await form.GotoAsync("/account/login");
        await form.FillAsync("#userName", user);
        await form.FillAsync("#password", password);
        await form.ClickAsync("button[type=submit]");
        await form.WaitForURLAsync("**/account/login?error=invalid**", new() { Timeout = Wait });

        await again.CloseAsync();
        await person.Context.CloseAsync();
        await admin.Context.CloseAsync();
    }

    /// <summary>A MudTextField's input, whether the test id lands on the input itself or on its wrapper.</summary>
    private static ILocator Field(IPage page, string testId) =>
        page.Locator($"input[data-testid={testId}], [data-testid={testId}] input").First;

    private async Task<int> OpdCallAsync(string key)
    {
        var context = await fixture.Browser.NewContextAsync(new() { BaseURL = fixture.App.BaseUrl });
        try
        {
            var response = await context.APIRequest.GetAsync("/api/v1/opd/incidents", new() { Headers = new Dictionary<string, string> { ["X-Api-Key"] = key } });
            return response.Status;
        }
        finally
        {
            await context.CloseAsync();
        }
    }
}
