using System.Collections.Immutable;
using AmbonCC.Cameras;
using AmbonCC.City;
using AmbonCC.Incidents;
using AmbonCC.IntegrationTests.Web;
using AmbonCC.Platform;

namespace AmbonCC.IntegrationTests.Incidents;

[Collection(WebCollection.Name)]
public sealed class AlarmIncidentTests(WebAppFixture app)
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 27, 14, 0, 0, TimeSpan.FromHours(9));

    // The kelurahan is the test's own (from its correlation key): flood alarms of one kelurahan and hour join one incident.
    internal static AlarmRaise Raise(string source, string type, string correlation, int minute,
        AlarmSeverity severity = AlarmSeverity.Major, double? lat = null, double? lon = null, string? kelurahan = null) =>
        new(source, type, severity, $"Uji {type} menit {minute}", new Dictionary<string, string> { ["levelCm"] = "180" },
            new AlarmArea([kelurahan ?? "K-" + correlation], lat, lon), correlation, T0.AddMinutes(minute), "Banjir uji " + correlation);

    private IAlarmGrain Alarm(AlarmRaise raise) => app.Grains.GetGrain<IAlarmGrain>(raise.AlarmId);

    private IIncidentGrain Incident(string id) => app.Grains.GetGrain<IIncidentGrain>(id);

    private static string Unique(string prefix) => prefix + ":" + Guid.NewGuid().ToString("N")[..10];

    [Fact]
    public async Task Raising_the_same_alarm_twice_gives_one_active_alarm_with_count_2()
    {
        var source = Unique("gauge");
        var first = Raise(source, "rate_of_rise", Unique("river"), 0);

        await Alarm(first).RaiseAsync(first);
        var second = await Alarm(first).RaiseAsync(first with { At = first.At.AddMinutes(1) });
        var retried = await Alarm(first).RaiseAsync(first with { At = first.At.AddMinutes(1) });

        Assert.Equal((2, 1, AlarmStatus.ActiveUnacknowledged), (second.Count, second.Occurrence, second.Status));
        Assert.Equal(2, retried.Count);
        var incident = await Incident(second.IncidentId!).GetAsync();
        Assert.Single(incident!.Alarms);
        Assert.Single(incident.Timeline, e => e.Kind == "alarm-raised");
        Assert.Contains(incident.Links, l => l.Kind == IncidentLinkKind.Gauge && l.Id == source[6..]);
    }

    [Fact]
    public async Task Two_alarms_with_the_same_correlation_key_join_one_incident()
    {
        var river = Unique("river");
        var a = Raise(Unique("gauge"), "siaga", river, 0);
        var b = Raise(Unique("gauge"), "rate_of_rise", river, 1, AlarmSeverity.Critical);

        var viewA = await Alarm(a).RaiseAsync(a);
        var viewB = await Alarm(b).RaiseAsync(b);

        Assert.NotNull(viewA.IncidentId);
        Assert.Equal(viewA.IncidentId, viewB.IncidentId);
        Assert.Matches(@"^INC-\d{8}-\d{4}$", viewA.IncidentId);
        var incident = await Incident(viewA.IncidentId!).GetAsync();
        Assert.Equal(2, incident!.Alarms.Length);
        Assert.Equal(AlarmSeverity.Critical, incident.Severity);
        var row = Assert.Single(await Queue().GetOpenAsync(), i => i.Id == viewA.IncidentId);
        Assert.Equal((2, 2, AlarmSeverity.Critical), (row.UnacknowledgedAlarms, row.ActiveAlarms, row.Severity));
    }

    [Fact]
    public async Task Acknowledging_changes_the_state_and_is_in_the_timeline()
    {
        var raise = Raise(Unique("gauge"), "siaga", Unique("river"), 0);
        var raised = await Alarm(raise).RaiseAsync(raise);

        var acked = await Alarm(raise).AcknowledgeAsync("operator7", "Tim BPBD dikirim");
        var again = await Alarm(raise).AcknowledgeAsync("operator8", null);

        Assert.Equal((AlarmStatus.ActiveAcknowledged, "operator7"), (acked.Status, acked.AcknowledgedBy));
        Assert.Equal("operator7", again.AcknowledgedBy);
        var incident = await Incident(raised.IncidentId!).GetAsync();
        var entry = Assert.Single(incident!.Timeline, e => e.Kind == "alarm-acknowledged");
        Assert.Equal("operator7", entry.Actor);
        Assert.Equal((TimelineCodes.AlarmAcknowledged, "Tim BPBD dikirim"), (entry.Code, entry.Args![^1]));
        Assert.Equal(0, (await Queue().GetOpenAsync()).Single(i => i.Id == raised.IncidentId).UnacknowledgedAlarms);
    }

    [Fact]
    public async Task Clear_then_raise_starts_a_new_occurrence()
    {
        var raise = Raise(Unique("gauge"), "stale", Unique("river"), 0);
        await Alarm(raise).RaiseAsync(raise);
        await Alarm(raise).RaiseAsync(raise with { At = raise.At.AddMinutes(1) });

        var cleared = await Alarm(raise).ClearAsync(raise.At.AddMinutes(20), "Data kembali masuk");
        var reraised = await Alarm(raise).RaiseAsync(raise with { At = raise.At.AddMinutes(40) });

        Assert.Equal(AlarmStatus.ClearedUnacknowledged, cleared!.Status);
        Assert.Equal((1, 2, AlarmStatus.ActiveUnacknowledged), (reraised.Count, reraised.Occurrence, reraised.Status));
        Assert.Equal(raise.At.AddMinutes(40), reraised.RaisedAt);
        // The incident is still open, so the new occurrence joins it.
        Assert.Equal(cleared.IncidentId, reraised.IncidentId);
        var incident = await Incident(reraised.IncidentId!).GetAsync();
        Assert.Equal(2, incident!.Timeline.Count(e => e.Kind == "alarm-raised"));
        Assert.Single(incident.Timeline, e => e.Kind == "alarm-cleared");
    }

    [Fact]
    public async Task An_incident_closes_only_when_its_alarms_are_settled_and_a_later_alarm_opens_a_new_one()
    {
        var raise = Raise(Unique("gauge"), "siaga", Unique("river"), 0);
        var id = (await Alarm(raise).RaiseAsync(raise)).IncidentId!;

        await Assert.ThrowsAsync<InvalidOperationException>(() => Incident(id).CloseAsync("supervisor1", "selesai"));
        await Alarm(raise).ClearAsync(raise.At.AddMinutes(30), "Surut");
        await Assert.ThrowsAsync<InvalidOperationException>(() => Incident(id).CloseAsync("supervisor1", "selesai"));
        await Alarm(raise).AcknowledgeAsync("operator1", null);
        var closed = await Incident(id).CloseAsync("supervisor1", "Air surut, tidak ada korban");
        var closedAgain = await Incident(id).CloseAsync("supervisor2", "lagi");

        Assert.Equal((IncidentStatus.Closed, "supervisor1"), (closed.Status, closed.ClosedBy));
        Assert.Equal("supervisor1", closedAgain.ClosedBy);
        Assert.DoesNotContain(await Queue().GetOpenAsync(), i => i.Id == id);
        Assert.Contains(await Queue().GetRecentClosedAsync(100), i => i.Id == id);
        var next = await Alarm(raise).RaiseAsync(raise with { At = raise.At.AddHours(2) });
        Assert.NotEqual(id, next.IncidentId);
    }

    [Fact]
    public async Task The_gauge_names_the_river_cameras_within_1_5_km_and_the_incident_links_them_without_asking_cameras()
    {
        var near = "CCTV-T-" + Guid.NewGuid().ToString("N")[..8];
        var far = "CCTV-T-" + Guid.NewGuid().ToString("N")[..8];
        await app.Grains.GetGrain<ICameraGrain>(near).RegisterAsync(Camera(near, -80.0005, 10.0005));
        await app.Grains.GetGrain<ICameraGrain>(far).RegisterAsync(Camera(far, -80.03, 10.0));
        await app.Grains.GetGrain<ICityDirectoryGrain>(CityKeys.City).AddToIndexAsync(CityIndexKind.Camera, [near, far]);

        var found = await NearbyCameras.FindAsync(app.Grains, -80.0, 10.0);
        var links = found.Select(c => new IncidentLink(IncidentLinkKind.Camera, c.Code, c.Name)).ToList();
        var raise = Raise(Unique("gauge"), "siaga", Unique("river"), 0, lat: -80.0, lon: 10.0) with { Links = links };
        var incident = await Incident((await Alarm(raise).RaiseAsync(raise)).IncidentId!).GetAsync();

        Assert.Equal([near], incident!.Links.Where(l => l.Kind == IncidentLinkKind.Camera).Select(l => l.Id));
        Assert.Contains(incident.Timeline, e => e.Code == TimelineCodes.CamerasLinked && e.Args![0] == near);
    }

    private static CameraProfile Camera(string code, double lat, double lon) =>
        new(code, "Kamera uji " + code, CameraCategory.River, "Sungai uji", "81.71.02.1003", lat, lon, "rtsp://127.0.0.1/x", "PUPR");

    private IIncidentQueueGrain Queue() => app.Grains.GetGrain<IIncidentQueueGrain>(CityKeys.City);
}
