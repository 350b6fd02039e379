using Microsoft.Playwright;

namespace AmbonCC.BrowserTests;

/// <summary>One running command center and one Debian Chromium for the browser tests.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public CommandCenterProcess App { get; private set; } = default!;
    public IBrowser Browser { get; private set; } = default!;
    private IPlaywright? playwright;

    public async Task InitializeAsync()
    {
        App = await CommandCenterProcess.StartAsync();
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("AMBONCC_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>A fresh browser context signed in as <paramref name="user"/>, on the overview page.</summary>
    public async Task<IPage> SignInAsync(string user, string password)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = App.BaseUrl });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        await page.WaitForURLAsync("**/account/login**");
        await page.FillAsync("#userName", user);
        await page.FillAsync("#password", password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(App.BaseUrl + "/");
        return page;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        playwright?.Dispose();
        if (App is not null)
        {
            await App.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
