using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using AmbonCC.Complaints;
using AmbonCC.Incidents;
using AmbonCC.IntegrationTests.Incidents;
using AmbonCC.IntegrationTests.Web;
using AmbonCC.Platform;
using AmbonCC.Security;

namespace AmbonCC.IntegrationTests.Agency;

/// <summary>An OPD key sees the incidents of its own OPD's complaints and nothing of another OPD's.</summary>
[Collection(WebCollection.Name)]
public sealed class OpdViewTests(WebAppFixture app)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    [Fact]
    public async Task An_opd_key_sees_its_own_incidents_only()
    {
        var dlhIncident = await IncidentOfComplaintForAsync("DLH");
        var bpbdIncident = await IncidentOfComplaintForAsync("BPBD");
        var dlh = await KeyClientAsync("opd:DLH");

        var seen = await dlh.GetFromJsonAsync<List<IncidentSummary>>("/api/v1/opd/incidents", Json);
        Assert.Contains(seen!, i => i.Id == dlhIncident);
        Assert.DoesNotContain(seen!, i => i.Id == bpbdIncident);
        // Naming another OPD changes nothing for a key: it speaks for its own.
        var asked = await dlh.GetFromJsonAsync<List<IncidentSummary>>("/api/v1/opd/incidents?opd=BPBD", Json);
        Assert.DoesNotContain(asked!, i => i.Id == bpbdIncident);

        var desk = await app.SignedInAsync("op-opdview", Roles.Operator);
        var bpbd = await desk.GetFromJsonAsync<List<IncidentSummary>>("/api/v1/opd/incidents?opd=BPBD", Json);
        Assert.Contains(bpbd!, i => i.Id == bpbdIncident);
        Assert.Equal(HttpStatusCode.BadRequest, (await desk.GetAsync("/api/v1/opd/incidents")).StatusCode);
        var staff = await app.SignedInAsync("dlh-opdview", Roles.OpdStaff, "DLH");
        Assert.DoesNotContain((await staff.GetFromJsonAsync<List<IncidentSummary>>("/api/v1/opd/incidents?opd=BPBD", Json))!, i => i.Id == bpbdIncident);
    }

    private async Task<HttpClient> KeyClientAsync(string subject)
    {
        var client = app.Anonymous();
        client.DefaultRequestHeaders.Add("X-Api-Key", await app.IssueKeyAsync(subject, ApiScopes.Opd));
        return client;
    }

    private async Task<string> IncidentOfComplaintForAsync(string opd)
    {
        var complaintId = "AMB-1999-" + Random.Shared.Next(100_000, 999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var now = DateTimeOffset.UtcNow;
        await app.Grains.GetGrain<IComplaintIndexGrain>(CityKeys.City).UpsertAsync(new ComplaintSummary(
            complaintId, ComplaintStatus.Dispatched, ComplaintChannel.LiveChat, "banjir", "test", null, null, null, opd, now, now, null, false, 1));
        var raise = AlarmIncidentTests.Raise("gauge:" + Guid.NewGuid().ToString("N")[..10], "siaga", "river:" + Guid.NewGuid().ToString("N")[..10], 0);
        var incident = (await app.Grains.GetGrain<IAlarmGrain>(raise.AlarmId).RaiseAsync(raise)).IncidentId!;
        await app.Grains.GetGrain<IIncidentGrain>(incident).LinkAsync(new IncidentLink(IncidentLinkKind.Complaint, complaintId, "test"), "test");
        return incident;
    }
}
