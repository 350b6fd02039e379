using Microsoft.Playwright;

namespace AmbonCC.BrowserTests;

/// <summary>Journey 3 from both sides: a citizen on /lapor and an operator in the inbox exchange messages live.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ComplaintChatTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_citizen_and_an_operator_chat_live_both_ways_and_the_chat_becomes_a_complaint()
    {
        var marker = Guid.NewGuid().ToString("N")[..8];
        var operatorPage = await fixture.SignInAsync("admin", CommandCenterProcess.AdminPassword);
        await operatorPage.GotoAsync("/complaints");
        await Assertions.Expect(operatorPage.GetByTestId("live-indicator")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Assertions.Expect(operatorPage.GetByTestId("complaint-table")).ToBeVisibleAsync(new() { Timeout = 30_000 });

        // The citizen: no account, another browser context.
        var citizenContext = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = fixture.App.BaseUrl });
        var citizen = await citizenContext.NewPageAsync();
        await citizen.GotoAsync("/lapor");
        await citizen.GetByTestId("chat-input").FillAsync($"Sampah di TPS Benteng belum diangkut seminggu {marker}");
        await citizen.GetByTestId("chat-send").ClickAsync();

        // The operator's open inbox shows the new chat without a reload.
        var row = operatorPage.Locator("[data-testid=chat-row]", new() { HasText = marker });
        await Assertions.Expect(row).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await row.ClickAsync();
        await Assertions.Expect(operatorPage.GetByTestId("chat-transcript")).ToContainTextAsync(marker);
        await operatorPage.Locator("[data-testid=chat-reply] input, input[data-testid=chat-reply]").First.FillAsync($"Terima kasih, kami cek {marker}");
        await operatorPage.GetByTestId("chat-reply-send").ClickAsync();

        // The citizen sees the answer live, and answers back.
        await Assertions.Expect(citizen.GetByTestId("chat-log")).ToContainTextAsync($"Terima kasih, kami cek {marker}", new() { Timeout = 15_000 });
        await citizen.GetByTestId("chat-input").FillAsync($"Lokasinya di depan sekolah {marker}");
        await citizen.GetByTestId("chat-send").ClickAsync();
        await Assertions.Expect(operatorPage.GetByTestId("chat-transcript")).ToContainTextAsync($"Lokasinya di depan sekolah {marker}", new() { Timeout = 15_000 });

        // The operator files it: the citizen's chat shows the tracking number.
        await operatorPage.GetByTestId("chat-file").ClickAsync();
        await Assertions.Expect(citizen.GetByTestId("chat-status")).ToContainTextAsync("AMB-", new() { Timeout = 15_000 });
        await citizenContext.CloseAsync();
        await operatorPage.Context.CloseAsync();
    }
}
