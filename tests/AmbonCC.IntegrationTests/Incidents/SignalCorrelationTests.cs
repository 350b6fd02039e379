using AmbonCC.Cameras;
using AmbonCC.City;
using AmbonCC.Complaints;
using AmbonCC.Incidents;
using AmbonCC.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace AmbonCC.IntegrationTests.Incidents;

/// <summary>
/// Issue 11's correlation across domains: a gauge alarm, a river camera's flood water and a citizen's flood
/// complaint in one kelurahan and window are one incident; a garbage complaint there is another.
/// </summary>
public sealed class SignalCorrelationTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_gauge_alarm_a_river_cameras_flood_water_and_a_flood_complaint_in_one_kelurahan_join_one_incident()
    {
        await using var silo = await TestSilo.StartAsync(SiloSettings.Embedded(TestDatabases.NewSqliteDirectory()), output, "silo");
        var kelurahan = "81.71.02." + Random.Shared.Next(1000, 9999);
        var river = "Wai Uji " + Guid.NewGuid().ToString("N")[..6];
        var now = DateTimeOffset.UtcNow;
        var gauge = await silo.Grains.GetGrain<IAlarmGrain>(AlarmKeys.For("gauge:T-" + kelurahan, AlarmTexts.LevelType)).RaiseAsync(new AlarmRaise(
            "gauge:T-" + kelurahan, AlarmTexts.LevelType, AlarmSeverity.Major, "Pos uji", new Dictionary<string, string>(), new AlarmArea([kelurahan]),
            "river:" + river, now.AddMinutes(-30), "Banjir uji", IncidentTitleCode: IncidentTitles.FloodRiver, IncidentTitleArgs: [river]));

        // A river camera on another river in the same kelurahan: its key is its own, so only place and time join it.
        var code = "CCTV-R-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        var camera = silo.Grains.GetGrain<ICameraGrain>(code);
        await camera.RegisterAsync(new CameraProfile(code, "Kamera sungai " + code, CameraCategory.River, "Wai Lain " + code, kelurahan,
            -3.69, 128.19, "rtsp://10.0.0.2/1", "PUPR", null, "vms-c"));
        await camera.IngestEventAsync(new CameraEvent(CameraEventType.New, "ev-" + code, "flood_water", 0.9, ["river"], now.AddMinutes(-10), null, false));

        var complaint = silo.Grains.GetGrain<IComplaintGrain>("AMB-2026-" + Random.Shared.Next(100_000, 999_999).ToString("D6"));
        await complaint.SubmitAsync(Submission("banjir", kelurahan), "chat:session-f");
        var garbage = silo.Grains.GetGrain<IComplaintGrain>("AMB-2026-" + Random.Shared.Next(100_000, 999_999).ToString("D6"));
        await garbage.SubmitAsync(Submission("sampah", kelurahan), "chat:session-g");

        var reader = new ComplaintReader("t", ReaderKind.Desk);
        var flood = await Eventually.SucceedsAsync(() => complaint.GetAsync(reader), TimeSpan.FromSeconds(20), v => !v!.IncidentIds.IsDefaultOrEmpty, "the flood complaint's incident");
        var waste = await Eventually.SucceedsAsync(() => garbage.GetAsync(reader), TimeSpan.FromSeconds(20), v => !v!.IncidentIds.IsDefaultOrEmpty, "the garbage complaint's incident");
        var water = await Eventually.SucceedsAsync(silo.Grains.GetGrain<IAlarmGrain>(AlarmKeys.For("camera:" + code, "flood_water")).GetAsync,
            TimeSpan.FromSeconds(20), a => a is { IncidentId: not null }, "the camera's flood-water alarm");

        Assert.Equal(gauge.IncidentId, Assert.Single(flood!.IncidentIds));
        Assert.Equal(gauge.IncidentId, water!.IncidentId);
        Assert.NotEqual(gauge.IncidentId, Assert.Single(waste!.IncidentIds));
        var incident = (await silo.Grains.GetGrain<IIncidentGrain>(gauge.IncidentId!).GetAsync())!;
        Assert.Equal(3, incident.Alarms.Length);
        Assert.Contains(incident.Alarms, a => a.Type == IncidentTypes.FloodReportAlarm && a.SummaryCode == AlarmTexts.ComplaintReport);
        Assert.Contains(incident.Alarms, a => a.Type == "flood_water" && a.SummaryCode == AlarmTexts.CameraEvent);
    }

    private static ComplaintSubmission Submission(string category, string kelurahan) => new(
        ComplaintChannel.LiveChat, category, "Air dan sampah sudah masuk rumah di RT 03, tolong dibantu.",
        new ComplaintLocation(-3.69, 128.19, "RT 03", kelurahan), null, true, false, "ambon.go.id");
}
