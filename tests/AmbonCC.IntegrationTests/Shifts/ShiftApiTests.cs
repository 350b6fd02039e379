using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using AmbonCC.Audit;
using AmbonCC.Incidents;
using AmbonCC.IntegrationTests.Incidents;
using AmbonCC.IntegrationTests.Web;
using AmbonCC.Security;
using AmbonCC.Shifts;

namespace AmbonCC.IntegrationTests.Shifts;

/// <summary>A shift ends with a handover of the open, unacknowledged incidents; the next operator takes it over; both audited.</summary>
[Collection(WebCollection.Name)]
public sealed class ShiftApiTests(WebAppFixture app)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    [Fact]
    public async Task The_handover_holds_the_unacknowledged_incident_and_who_took_it_over()
    {
        var first = "op-" + Guid.NewGuid().ToString("N")[..8];
        var next = "op-" + Guid.NewGuid().ToString("N")[..8];
        var a = await app.SignedInAsync(first, Roles.Operator);
        var b = await app.SignedInAsync(next, Roles.Operator);
        var raise = AlarmIncidentTests.Raise("gauge:" + Guid.NewGuid().ToString("N")[..10], "siaga", "river:" + Guid.NewGuid().ToString("N")[..10], 0);
        var incident = (await app.Grains.GetGrain<IAlarmGrain>(raise.AlarmId).RaiseAsync(raise)).IncidentId!;

        var started = await (await a.PostAsJsonAsync("/api/v1/shifts/start", new { })).Content.ReadFromJsonAsync<ShiftRecord>(Json);
        Assert.Equal(first, started!.Operator);
        Assert.Equal(HttpStatusCode.Conflict, (await b.PostAsJsonAsync("/api/v1/shifts/end", new { })).StatusCode);
        var ended = await (await a.PostAsJsonAsync("/api/v1/shifts/end", new { note = "Watch Wai Batu Merah" })).Content.ReadFromJsonAsync<ShiftRecord>(Json);
        Assert.Contains(ended!.OpenAtHandover, i => i.Id == incident && i.UnacknowledgedAlarms > 0);
        Assert.Equal("Watch Wai Batu Merah", ended.Note);

        var response = await b.PostAsJsonAsync("/api/v1/shifts/start", new { takeOver = started.Id });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var roster = await b.GetFromJsonAsync<ShiftRoster>("/api/v1/shifts", Json);
        var handed = Assert.Single(roster!.Recent, s => s.Id == started.Id);
        Assert.Equal(next, handed.TakenOverBy);
        Assert.Contains(roster.OnShift, s => s.Operator == next && s.TookOverFrom == started.Id);
        // A second operator cannot take over the same handover.
        var third = await app.SignedInAsync("op-" + Guid.NewGuid().ToString("N")[..8], Roles.Operator);
        Assert.Equal(HttpStatusCode.Conflict, (await third.PostAsJsonAsync("/api/v1/shifts/start", new { takeOver = started.Id })).StatusCode);

        var admin = await app.SignInAsync("admin", WebAppFixture.AdminPassword);
        var audit = await admin.GetFromJsonAsync<List<AuditEntry>>($"/api/v1/audit?actor={first}&action=IShiftRosterGrain");
        Assert.Equal(["IShiftRosterGrain.End", "IShiftRosterGrain.Start"], audit!.Select(e => e.Action).ToArray());
        Assert.All(audit!, e => Assert.Equal(Roles.Operator, e.Roles));
    }

    [Fact]
    public async Task Only_desk_roles_have_shifts()
    {
        var tax = await app.SignedInAsync("tax-shift", Roles.TaxOfficer);
        Assert.Equal(HttpStatusCode.Forbidden, (await tax.PostAsJsonAsync("/api/v1/shifts/start", new { })).StatusCode);
        var op = await app.SignedInAsync("op-shift-note", Roles.Operator);
        var tooLong = await op.PostAsJsonAsync("/api/v1/shifts/end", new { note = new string('x', 1001) });
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
    }
}
