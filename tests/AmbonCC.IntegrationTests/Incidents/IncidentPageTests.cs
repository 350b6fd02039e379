using AmbonCC.IntegrationTests.Web;
using System.Text.RegularExpressions;
using AmbonCC.Incidents;
using AmbonCC.Platform;
using AmbonCC.Security;

namespace AmbonCC.IntegrationTests.Incidents;

/// <summary>The pages' first (prerendered) HTML already shows the queue snapshot; live updates are for the browser tests.</summary>
[Collection(WebCollection.Name)]
public sealed partial class IncidentPageTests(WebAppFixture app)
{
    [Fact]
    public async Task The_incident_page_lists_open_incidents_and_the_overview_counts_them()
    {
        var raise = AlarmIncidentTests.Raise("gauge:" + Guid.NewGuid().ToString("N")[..10], "siaga", "river:" + Guid.NewGuid().ToString("N")[..10], 0);
        var id = (await app.Grains.GetGrain<AmbonCC.Incidents.IAlarmGrain>(raise.AlarmId).RaiseAsync(raise)).IncidentId!;
        var client = await app.SignedInAsync("operator-page", Roles.Operator);

        // Razor encodes "+" as an entity; decode to read what the operator sees.
        var incidents = System.Net.WebUtility.HtmlDecode(await client.GetStringAsync("/incidents"));
        var overview = await client.GetStringAsync("/");

        Assert.Contains("data-testid=\"incident-row\"", incidents);
        Assert.Contains($"data-incident-id=\"{id}\"", incidents);
        Assert.Contains("WIT (+09:00)", incidents);
        Assert.Equal(await OpenCountAsync(), OpenCountOn(overview));
    }

    [Fact]
    public async Task The_overview_count_goes_up_by_one_for_a_new_incident()
    {
        var client = await app.SignedInAsync("operator-page", Roles.Operator);
        var before = await OpenCountAsync();
        Assert.Equal(before, OpenCountOn(await client.GetStringAsync("/")));

        var raise = AlarmIncidentTests.Raise("gauge:" + Guid.NewGuid().ToString("N")[..10], "siaga", "river:" + Guid.NewGuid().ToString("N")[..10], 0);
        await app.Grains.GetGrain<AmbonCC.Incidents.IAlarmGrain>(raise.AlarmId).RaiseAsync(raise);

        Assert.Equal(before + 1, await OpenCountAsync());
        Assert.Equal(before + 1, OpenCountOn(await client.GetStringAsync("/")));
    }

    private static int OpenCountOn(string overview)
    {
        var match = OpenCount().Match(overview);
        Assert.True(match.Success, "The overview has no open-incident count.");
        return int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The queue's open count (tests of one collection run one after another, so nothing else raises one meanwhile).</summary>
    private async Task<int> OpenCountAsync()
    {
        var queue = app.Grains.GetGrain<IIncidentQueueGrain>(CityKeys.City);
        return (await queue.GetOpenAsync()).Count;
    }

    [GeneratedRegex("data-testid=\"count-open-incidents\"[^>]*>\\s*(\\d+)\\s*<")]
    private static partial Regex OpenCount();
}
