using Microsoft.Playwright;

namespace AmbonCC.BrowserTests;

/// <summary>
/// The overview stays current without a reload: a gauge reading that raises an alarm moves the rivers tile, puts the
/// new incident in the feed, and draws it on the map at the gauge's point. The embedded maps on the Tax
/// and complaints pages draw their layer.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class OverviewLiveTests(BrowserFixture fixture)
{
    // Naku (Leitimur Selatan): no other browser test raises alarms there, so this test's flood alarm opens an incident
    // of its own instead of joining another test's (flood signals of one kelurahan correlate).
    private const string Naku = "81.71.05.2004";
    private const int Wait = 20_000;

    [Fact]
    public async Task A_reading_that_raises_an_alarm_moves_a_tile_and_the_incident_feed_live()
    {
        using var feeder = await fixture.NewGaugeAsync(Naku);
        var page = await fixture.SignInAsync("admin", CommandCenterProcess.AdminPassword);
        await Assertions.Expect(page.GetByTestId("live-indicator")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        // Loaded: the test's gauge is on the map, so the tiles hold the snapshot it is part of.
        await Assertions.Expect(page.Locator($"[data-testid=overview-city-map] .ccmap-dot[data-id='gauge:{feeder.Code}']"))
            .ToHaveCountAsync(1, new() { Timeout = 30_000 });

        // Siaga 1 is this test's alone (other tests stop at Siaga 2), so nothing else moves this figure meanwhile.
        var siaga1 = page.Locator("[data-testid=kpi-rivers] [data-band='1']");
        var before = int.Parse(await siaga1.InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture);
        var feedRow = page.GetByTestId("incident-feed-row").Filter(new() { HasText = feeder.RiverName });
        await Assertions.Expect(feedRow).ToHaveCountAsync(0);

        var thresholds = await feeder.StatusAsync();
        await feeder.RiseAsync(thresholds.Siaga3Cm - 30, thresholds.Siaga1Cm + 20);

        // Same page, no reload: the tile counts the gauge in Siaga 1, and the new incident joins the feed.
        await Assertions.Expect(siaga1).ToHaveTextAsync((before + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), new() { Timeout = Wait });
        await Assertions.Expect(feedRow).ToHaveCountAsync(1, new() { Timeout = Wait });

        // The incident is on the map too, at the gauge that raised it (its point), not at a kelurahan's centre.
        var incidentId = await feedRow.GetAttributeAsync("data-incident-id");
        Assert.False(string.IsNullOrEmpty(incidentId));
        var incident = page.Locator($"[data-testid=overview-city-map] .ccmap-dot[data-id='incident:{incidentId}']");
        await Assertions.Expect(incident).ToHaveCountAsync(1, new() { Timeout = Wait });
        // Both centres in one measurement: the map may still pan or the page shift (the situation banner appears).
        var sameSpot = await page.WaitForFunctionAsync(
            """
            ([a, b]) => {
                const ra = document.querySelector(a)?.getBoundingClientRect(), rb = document.querySelector(b)?.getBoundingClientRect();
                return !!ra && !!rb && Math.abs((ra.x + ra.width / 2) - (rb.x + rb.width / 2)) < 1.5
                    && Math.abs((ra.y + ra.height / 2) - (rb.y + rb.height / 2)) < 1.5;
            }
            """,
            new[] { $"[data-testid=overview-city-map] .ccmap-dot[data-id='gauge:{feeder.Code}']", $"[data-testid=overview-city-map] .ccmap-dot[data-id='incident:{incidentId}']" },
            new() { Timeout = Wait });
        Assert.True(await sameSpot.JsonValueAsync<bool>());
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("/tax", "tax-city-map")]
    [InlineData("/complaints", "complaints-city-map")]
    public async Task The_page_embeds_the_city_map_with_its_layer(string path, string map)
    {
        var page = await fixture.SignInAsync("admin", CommandCenterProcess.AdminPassword);
        await page.GotoAsync(path);
        await Assertions.Expect(page.GetByTestId("live-indicator")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        var element = page.Locator($"[data-testid={map}] [data-testid=city-map]");
        // The seeded city has terminals in many kelurahan and open complaints: the layer draws markers.
        await Assertions.Expect(element).Not.ToHaveAttributeAsync("data-markers", "0", new() { Timeout = 30_000 });
        await Assertions.Expect(page.Locator($"[data-testid={map}] .leaflet-marker-icon").First).ToBeAttachedAsync(new() { Timeout = Wait });
        await page.Context.CloseAsync();
    }
}
