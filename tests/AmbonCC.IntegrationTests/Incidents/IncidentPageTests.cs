using AmbonCC.IntegrationTests.Web;
using AmbonCC.Security;

namespace AmbonCC.IntegrationTests.Incidents;

/// <summary>The pages' first (prerendered) HTML already shows the queue snapshot; live updates are for the browser tests.</summary>
[Collection(WebCollection.Name)]
public sealed class IncidentPageTests(WebAppFixture app)
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
        Assert.Contains("data-testid=\"count-open-incidents\"", overview);
    }
}
