using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AmbonCC.Incidents;
using AmbonCC.IntegrationTests.Web;
using AmbonCC.Security;

namespace AmbonCC.IntegrationTests.Incidents;

/// <summary>Correlation by place and time, split, merge, and the people's actions through the API with their roles.</summary>
[Collection(WebCollection.Name)]
public sealed class IncidentHandlingTests(WebAppFixture app)
{
    private IAlarmGrain Alarm(AlarmRaise raise) => app.Grains.GetGrain<IAlarmGrain>(raise.AlarmId);

    private IIncidentGrain Incident(string id) => app.Grains.GetGrain<IIncidentGrain>(id);

    private static string Unique(string prefix) => prefix + "-" + Guid.NewGuid().ToString("N")[..10];

    [Fact]
    public async Task A_gauge_alarm_a_flood_report_and_a_river_cameras_flood_water_in_one_kelurahan_and_hour_are_one_incident()
    {
        var kelurahan = Unique("K");
        var gauge = AlarmIncidentTests.Raise("gauge:" + Unique("G"), "siaga", "river:" + Unique("R"), 0, kelurahan: kelurahan);
        var report = AlarmIncidentTests.Raise("complaint:" + Unique("AMB"), IncidentTypes.FloodReportAlarm, "complaint:" + Unique("C"), 20, kelurahan: kelurahan);
        var camera = AlarmIncidentTests.Raise("camera:" + Unique("CCTV"), IncidentTypes.FloodWaterAlarm, "camera:" + Unique("X"), 50, kelurahan: kelurahan);
        var elsewhere = AlarmIncidentTests.Raise("gauge:" + Unique("G"), "siaga", "river:" + Unique("R"), 5, kelurahan: Unique("K"));
        var offline = AlarmIncidentTests.Raise("camera:" + Unique("CCTV"), "offline", "camera:" + Unique("Y"), 10, kelurahan: kelurahan);

        var id = (await Alarm(gauge).RaiseAsync(gauge)).IncidentId;
        Assert.Equal(id, (await Alarm(report).RaiseAsync(report)).IncidentId);
        Assert.Equal(id, (await Alarm(camera).RaiseAsync(camera)).IncidentId);
        Assert.NotEqual(id, (await Alarm(elsewhere).RaiseAsync(elsewhere)).IncidentId);
        Assert.NotEqual(id, (await Alarm(offline).RaiseAsync(offline)).IncidentId);

        var incident = (await Incident(id!).GetAsync())!;
        Assert.Equal(3, incident.Alarms.Length);
        Assert.Equal(2, incident.Timeline.Count(e => e.Code == TimelineCodes.Correlated));
        Assert.Equal(IncidentTypes.Flood, incident.Type);
        Assert.Contains(incident.Checklist, s => s.Id == "flood.call-bpbd");
    }

    [Fact]
    public async Task An_operator_splits_an_alarm_off_and_merges_it_back_with_both_timelines_kept()
    {
        var operatorClient = await app.SignedInAsync("operator.split", Roles.Operator);
        var river = "river:" + Unique("R");
        var a = AlarmIncidentTests.Raise("gauge:" + Unique("G"), "siaga", river, 0);
        var b = AlarmIncidentTests.Raise("gauge:" + Unique("G"), "rate_of_rise", river, 1);
        var id = (await Alarm(a).RaiseAsync(a)).IncidentId!;
        await Alarm(b).RaiseAsync(b);

        var split = await operatorClient.PostAsJsonAsync($"/api/v1/incidents/{id}/split", new { alarmId = b.AlarmId });
        Assert.Equal(HttpStatusCode.OK, split.StatusCode);
        var newId = (await split.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        Assert.NotEqual(id, newId);
        Assert.Equal(newId, (await Alarm(b).GetAsync())!.IncidentId);
        Assert.DoesNotContain((await Incident(id).GetAsync())!.Alarms, x => x.Id == b.AlarmId);
        Assert.Contains((await Incident(newId).GetAsync())!.Alarms, x => x.Id == b.AlarmId);
        // A later change of the moved alarm goes to its new incident only.
        await Alarm(b).AcknowledgeAsync("operator.split", null);
        Assert.DoesNotContain((await Incident(id).GetAsync())!.Alarms, x => x.Id == b.AlarmId);

        var merge = await operatorClient.PostAsJsonAsync($"/api/v1/incidents/{id}/merge", new { from = newId });
        Assert.Equal(HttpStatusCode.OK, merge.StatusCode);
        var merged = (await Incident(id).GetAsync())!;
        var gone = (await Incident(newId).GetAsync())!;
        Assert.Equal(2, merged.Alarms.Length);
        Assert.Contains(merged.Timeline, e => e.Code == TimelineCodes.MergedFrom && e.Args![0] == newId);
        Assert.Contains(merged.Timeline, e => e.Kind == "merged-" + "opened");
        Assert.Equal((IncidentStatus.Closed, newId), (gone.Status, gone.Id));
        Assert.Equal(id, gone.Handling!.MergedInto);
        Assert.Equal(id, (await Alarm(b).GetAsync())!.IncidentId);
    }

    [Fact]
    public async Task Operators_acknowledge_comment_tick_and_escalate_but_only_Supervisors_assign_and_resolve()
    {
        var op = await app.SignedInAsync("operator.handling", Roles.Operator);
        var sup = await app.SignedInAsync("supervisor.handling", Roles.Supervisor);
        var raise = AlarmIncidentTests.Raise("gauge:" + Unique("G"), "siaga", "river:" + Unique("R"), 0);
        var id = (await Alarm(raise).RaiseAsync(raise)).IncidentId!;

        Assert.Equal(HttpStatusCode.OK, (await op.PostAsJsonAsync($"/api/v1/incidents/{id}/comments", new { text = "Tim menuju lokasi" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await op.PostAsJsonAsync($"/api/v1/incidents/{id}/checklist/flood.call-bpbd", new { done = true })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await op.PostAsJsonAsync($"/api/v1/incidents/{id}/checklist/no.such-step", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await op.PostAsJsonAsync($"/api/v1/incidents/{id}/escalate", new { note = "perlu keputusan" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await op.PostAsJsonAsync($"/api/v1/incidents/{id}/assign", new { assignee = "operator.handling" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await sup.PostAsJsonAsync($"/api/v1/incidents/{id}/assign", new { assignee = "operator.handling" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await op.PostAsJsonAsync($"/api/v1/incidents/{id}/acknowledge", new { note = "ditangani" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await op.PostAsJsonAsync($"/api/v1/incidents/{id}/resolve", new { reason = "selesai" })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await sup.PostAsJsonAsync($"/api/v1/incidents/{id}/resolve", new { reason = "selesai" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await op.PostAsJsonAsync("/api/v1/incidents/INC-00000000-0000/acknowledge", new { })).StatusCode);

        var incident = (await Incident(id).GetAsync())!;
        Assert.True(incident.Acknowledged);
        Assert.True(Assert.Single(incident.Alarms).Acknowledged);
        Assert.Equal(("operator.handling", "operator.handling", EscalationTier.Supervisor),
            (incident.Handling!.AcknowledgedBy, incident.Handling.Assignee, incident.Handling.Tier));
        Assert.True(Assert.Single(incident.Checklist, s => s.Id == "flood.call-bpbd").Done);
        string[] codes = [TimelineCodes.Comment, TimelineCodes.ChecklistTicked, TimelineCodes.Escalated, TimelineCodes.Assigned, TimelineCodes.Acknowledged];
        Assert.All(codes, code => Assert.Contains(incident.Timeline, e => e.Code == code && e.Actor != TimelineCodes.SystemActor));
        var row = Assert.Single(await app.Grains.GetGrain<IIncidentQueueGrain>(AmbonCC.Platform.CityKeys.City).GetOpenAsync(), r => r.Id == id);
        Assert.True(row.Acknowledged);
    }
}
