using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using AmbonCC.Cameras;
using AmbonCC.City;
using AmbonCC.Complaints;
using AmbonCC.Complaints.Rules;
using AmbonCC.Incidents;
using AmbonCC.IntegrationTests.Infrastructure;
using AmbonCC.Reports;
using AmbonCC.RiverGauges;
using AmbonCC.Security;
using AmbonCC.Shifts;
using AmbonCC.TaxTerminals;
using AmbonCC.Web.Map;
using Microsoft.Extensions.DependencyInjection;

namespace AmbonCC.IntegrationTests.Journeys;

/// <summary>
/// Journey 5 (steps 1, 2, 3 and 5; the rolling restart of step 4 is RollingRestartTests): a river camera shows the same
/// picture for 20 minutes at night and is frozen, not online; the night operator hands over and the first operator of
/// the day takes over the open, unacknowledged incident; the overview's figures agree with the APIs behind them; the
/// acting mayor reads the daily report and his read is recorded.
/// </summary>
[Collection(JourneyCollection.Name)]
public sealed class MorningJourneyTests(JourneyFixture app)
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(45);
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    [Fact]
    public async Task The_morning_shift_takes_over_the_night_the_overview_adds_up_a_frozen_camera_is_not_online_and_the_mayors_read_is_recorded()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var night = await app.SignedInAsync("night-" + suffix, Roles.Operator);
        var morning = await app.SignedInAsync("morning-" + suffix, Roles.Operator);
        var supervisor = await app.SignedInAsync("sup-" + suffix, Roles.Supervisor);
        var loader = app.Services.GetRequiredService<CityPictureLoader>();
        var reader = JourneyFixture.Person("sup-" + suffix, Roles.Supervisor);
        var nightShift = (await (await night.PostAsJsonAsync("/api/v1/shifts/start", new { })).Content.ReadFromJsonAsync<ShiftRecord>(Json))!;

        // Night: the river camera is online, then shows the same picture for 20 minutes of its own time while fps > 0.
        var (camera, device) = await app.NewCameraAsync(CameraCategory.River, "Wai Batu Merah, Jembatan Mardika", "vms-j5-" + suffix);
        var now = DateTimeOffset.UtcNow;
        await BeatAsync(device, camera, now.AddMinutes(-22), "pic-1");
        Assert.Equal("Online", await BeatAsync(device, camera, now.AddMinutes(-21), "pic-2"));
        var before = OverviewKpis.From(await loader.LoadAsync(MapLayers.All, reader), DateTimeOffset.UtcNow, app.City);
        string? health = null;
        for (var minute = 20; minute >= 0; minute--)
        {
            health = await BeatAsync(device, camera, now.AddMinutes(-minute), "pic-3");
        }

        Assert.Equal("Frozen", health);
        var frozen = await Eventually.SucceedsAsync(app.Grains.GetGrain<IAlarmGrain>(AlarmKeys.For("camera:" + camera, "frozen")).GetAsync, Wait,
            a => a is { Active: true, IncidentId: not null }, "the frozen alarm on an incident");

        // The night operator hands over; the first operator of the day takes over and sees it open and unacknowledged.
        var ended = await night.PostAsJsonAsync("/api/v1/shifts/end", new { note = "Kamera Wai Batu Merah beku sejak 02:40" });
        var handover = (await ended.Content.ReadFromJsonAsync<ShiftRecord>(Json))!;
        Assert.Contains(handover.OpenAtHandover, i => i.Id == frozen!.IncidentId && i.UnacknowledgedAlarms > 0);
        Assert.Equal(HttpStatusCode.OK, (await morning.PostAsJsonAsync("/api/v1/shifts/start", new { takeOver = nightShift.Id })).StatusCode);
        var roster = (await morning.GetFromJsonAsync<ShiftRoster>("/api/v1/shifts", Json))!;
        Assert.Contains(roster.OnShift, s => s.Operator == "morning-" + suffix && s.TookOverFrom == nightShift.Id);

        // A terminal that went silent while open, with today's PBJT, and a complaint past its deadline.
        var (serial, _, terminal) = await app.NewOutletAsync("Rumah Makan Pagi", "81.71.01.1006");
        var sale = new { receiptNo = 1L, issuedAt = DateTimeOffset.UtcNow.AddMinutes(-1).ToOffset(TimeSpan.FromHours(9)).ToString("O", CultureInfo.InvariantCulture), subtotal = 50_000m, tax = 5_000m, total = 55_000m, kind = "sale", payment = "qris" };
        Assert.Equal(HttpStatusCode.OK, (await terminal.PostAsJsonAsync($"/api/v1/terminals/{serial}/transactions", new[] { sale })).StatusCode);
        var overdue = await ImportOverdueAsync("DLH" + suffix.ToUpperInvariant());

        // The overview's figures, from the same picture the board draws, agree with the APIs behind each tile.
        var (picture, kpis) = await Eventually.SucceedsAsync(async () =>
            {
                var p = await loader.LoadAsync(MapLayers.All, reader);
                return (p, OverviewKpis.From(p, DateTimeOffset.UtcNow, app.City));
            }, Wait,
            x => x.p.Terminals.TryGetValue(serial, out var t) && t.Status.Health == TerminalHealth.Red && t.Status.TodayTax == 5_000m && x.p.Complaints.ContainsKey(overdue),
            "the red terminal with today's PBJT and the overdue complaint in the overview's picture");
        Assert.Equal(CameraHealth.Frozen, picture.Cameras[camera].Health);
        Assert.Equal(before.CamerasOnline - 1, kpis.CamerasOnline);
        Assert.True(picture.Incidents.ContainsKey(frozen!.IncidentId!));

        var gauges = (await supervisor.GetFromJsonAsync<List<GaugeStatus>>("/api/v1/gauges", Json))!;
        Assert.Equal(Enum.GetValues<SiagaLevel>().ToDictionary(b => b, b => gauges.Count(g => !g.Stale && g.Band == b)), kpis.GaugesByBand);
        var terminals = (await supervisor.GetFromJsonAsync<JsonElement>("/api/v1/terminals")).EnumerateArray().ToList();
        Assert.Equal(terminals.Count(t => t.GetProperty("status").GetString() == "red"), kpis.TerminalsRed);
        Assert.Equal(terminals.Sum(t => t.GetProperty("todayTax").GetDecimal()), kpis.PbjtToday);
        var overdueList = await supervisor.GetFromJsonAsync<JsonElement>("/api/v1/complaints?overdue=true&open=true");
        Assert.Equal(overdueList.GetProperty("total").GetInt32(), kpis.ComplaintsOverdue);
        Assert.True(kpis.ComplaintsOverdue >= 1);
        var incidents = (await supervisor.GetFromJsonAsync<JsonElement>("/api/v1/incidents")).GetArrayLength();
        Assert.Equal(incidents, kpis.IncidentsBySeverity!.Values.Sum());

        // The acting mayor reads the daily report on his phone; the Supervisor sees that he did.
        var mayor = await app.SignedInAsync("pj.walikota-" + suffix, Roles.Leadership);
        var id = ReportSchedule.IdOf(new ReportSchedule(app.City).LatestDue(DateTimeOffset.UtcNow));
        Assert.Equal(HttpStatusCode.OK, (await supervisor.PostAsJsonAsync("/api/v1/reports", new { date = id })).StatusCode);
        var report = await mayor.GetAsync($"/api/v1/reports/{id}");
        Assert.Equal(HttpStatusCode.OK, report.StatusCode);
        Assert.Equal(id, (await report.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString());
        var receipts = await supervisor.GetFromJsonAsync<JsonElement>($"/api/v1/reports/{id}/receipts");
        Assert.Contains(receipts.GetProperty("receipts").EnumerateArray(),
            r => r.GetProperty("userName").GetString() == "pj.walikota-" + suffix && r.GetProperty("opdCode").ValueKind == JsonValueKind.Null);
        Assert.Equal(HttpStatusCode.Forbidden, (await mayor.GetAsync($"/api/v1/reports/{id}/receipts")).StatusCode);
    }

    private static async Task<string?> BeatAsync(HttpClient device, string camera, DateTimeOffset at, string hash)
    {
        var response = await device.PostAsJsonAsync($"/api/v1/cameras/{camera}/heartbeat", new { observedAt = at, fps = 12.5, snapshotHash = hash, recording = true });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("health").GetString();
    }

    private async Task<string> ImportOverdueAsync(string opd)
    {
        var now = DateTimeOffset.UtcNow;
        var id = TrackingIds.Format(TrackingIds.CounterKey(now), Random.Shared.Next(500_000, 999_999));
        var submission = new ComplaintSubmission(default, "sampah", "Sampah di TPS belum diangkut seminggu.",
            new ComplaintLocation(-3.6954, 128.1814, "TPS Benteng", null), null, true, false);
        await app.Grains.GetGrain<IComplaintGrain>(id).ImportAsync(
            new ComplaintImport(submission, now.AddDays(-30), ComplaintStatus.Dispatched, now.AddDays(-20), opd, "test"));
        return id;
    }
}
