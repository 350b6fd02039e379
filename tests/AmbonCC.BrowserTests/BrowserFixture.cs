using System.Text.Json;
using Microsoft.Playwright;

namespace AmbonCC.BrowserTests;

/// <summary>One running command center and one Debian Chromium for the browser tests.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public CommandCenterProcess App { get; private set; } = default!;
    public IBrowser Browser { get; private set; } = default!;
    private const string Kelurahan = "81.71.01.1006";
    private IPlaywright? playwright;
    private IPage? admin;

    public async Task InitializeAsync()
    {
        // An expectation without its own timeout waits 15 s, not Playwright's 5: on two busy cores a first render or a
        // live update can take longer than 5 s without anything being wrong (a failing expectation still fails).
        Assertions.SetDefaultExpectTimeout(15_000);
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
        // Signed in once the overview's URL is committed; tests wait for the elements they need (the load event of a
        // page that streams its first render can lag far behind on a busy machine).
        await page.WaitForURLAsync(App.BaseUrl + "/", new() { WaitUntil = WaitUntilState.Commit });
        return page;
    }

    /// <summary>
    /// The open incident holding the gauge's level alarm, found by its alarm (flood alarms of one kelurahan and hour
    /// may share an incident with another test's river, so not by title).
    /// </summary>
    public async Task<string> IncidentOfGaugeAsync(string code)
    {
        admin ??= await SignInAsync("admin", CommandCenterProcess.AdminPassword);
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

    /// <summary>
    /// Registers a gauge on a river of its own (as the Admin, through the API) and issues its device key: a test
    /// that feeds readings owns its gauge, its sequence numbers and its bands.
    /// </summary>
    public async Task<GaugeFeeder> NewGaugeAsync(string kelurahan = Kelurahan)
    {
        admin ??= await SignInAsync("admin", CommandCenterProcess.AdminPassword);
        var code = "BT-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        var river = "Sungai Uji " + code;
        // Somewhere in the city, not on top of another test's marker.
        var (latitude, longitude) = (-3.64 - Random.Shared.NextDouble() * 0.08, 128.14 + Random.Shared.NextDouble() * 0.12);
        var response = await admin.Context.APIRequest.PostAsync("/api/v1/gauges", new()
        {
            DataObject = new
            {
                code, name = "Pos uji " + code, riverName = river, kelurahanCode = kelurahan, latitude, longitude,
                downstreamKelurahanCodes = new[] { kelurahan },
                thresholds = new
                {
                    siaga3Cm = 80, siaga2Cm = 130, siaga1Cm = 180, riseAlarmCmPer10Min = 30, hysteresisMarginCm = 10,
                    holdMinutes = 30, staleMinutes = 10, autoIssueWarnings = false,
                },
            },
        });
        Assert.True(response.Status == 201, $"register {code}: {response.Status} {await response.TextAsync()}");
        var key = await App.IssueApiKeyAsync("gauge:" + code, "device:ingest");
        return new GaugeFeeder(App.BaseUrl, code, river, key);
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
