using System.Text.Json;
using AmbonCC.Cameras;
using AmbonCC.Complaints;
using AmbonCC.Incidents;
using AmbonCC.RiverGauges;
using AmbonCC.TaxTerminals;
using AmbonCC.Web.Map;
using static AmbonCC.UnitTests.Map.MapFixtures;

namespace AmbonCC.UnitTests.Map;

public sealed class MapFeedTests
{
    [Theory]
    [InlineData(SiagaLevel.Siaga4, false, MapTone.Normal)]
    [InlineData(SiagaLevel.Siaga3, false, MapTone.Watch)]
    [InlineData(SiagaLevel.Siaga2, false, MapTone.Warning)]
    [InlineData(SiagaLevel.Siaga1, false, MapTone.Danger)]
    [InlineData(SiagaLevel.Siaga1, true, MapTone.Unknown)]
    public void A_gauge_is_coloured_by_its_band_and_grey_when_stale(SiagaLevel band, bool stale, MapTone tone)
    {
        var picture = Picture();
        var code = Key("PDA");
        picture.Apply(Gauge(code, band, stale));

        var item = MapItems.Item(picture, MapItems.GaugeId(code), Now)!;
        Assert.Equal(tone, item.Tone);
        Assert.Equal("/rivers?gauge=" + code, item.Href);
    }

    [Theory]
    [InlineData(CameraHealth.Online, MapTone.Normal)]
    [InlineData(CameraHealth.NotRecording, MapTone.Watch)]
    [InlineData(CameraHealth.Frozen, MapTone.Danger)]
    [InlineData(CameraHealth.Offline, MapTone.Danger)]
    [InlineData(CameraHealth.Unknown, MapTone.Unknown)]
    public void A_camera_is_coloured_by_its_health(CameraHealth health, MapTone tone) =>
        Assert.Equal(tone, MapStyle.Camera(health));

    [Theory]
    [InlineData(AlarmSeverity.Critical, MapTone.Danger)]
    [InlineData(AlarmSeverity.Major, MapTone.Warning)]
    [InlineData(AlarmSeverity.Minor, MapTone.Watch)]
    [InlineData(AlarmSeverity.Info, MapTone.Normal)]
    public void An_incident_is_coloured_by_its_severity_and_placed_in_its_kelurahan(AlarmSeverity severity, MapTone tone)
    {
        var picture = Picture();
        var id = Key("INC");
        picture.Apply(Incident(id, severity));

        var item = MapItems.Item(picture, MapItems.IncidentId(id), Now)!;
        Assert.Equal(tone, item.Tone);
        Assert.Equal((-3.69, 128.18), (item.Latitude, item.Longitude));
    }

    [Fact]
    public void Every_tone_has_its_own_colour() =>
        Assert.Equal(Enum.GetValues<MapTone>().Length, Enum.GetValues<MapTone>().Select(MapStyle.Colour).Distinct().Count());

    [Fact]
    public void A_reading_that_raises_the_band_recolours_the_gauge_and_marks_it_changed()
    {
        var picture = Picture();
        var code = Key("PDA");
        picture.Apply(Gauge(code));
        picture.TakeChanged();

        picture.Apply(GaugeLevelChanged.From(Gauge(code, SiagaLevel.Siaga2) with { ObservedAt = Now.AddMinutes(1) }, Now));

        Assert.Equal([MapItems.GaugeId(code)], picture.TakeChanged());
        Assert.Equal(MapTone.Warning, MapItems.Item(picture, MapItems.GaugeId(code), Now)!.Tone);
        Assert.Empty(picture.TakeChanged());
    }

    [Fact]
    public void Terminals_group_per_kelurahan_and_turn_red_after_three_days()
    {
        var picture = Picture();
        var (a, b) = (Key("T"), Key("T"));
        picture.Apply(Terminal(a, TerminalHealth.Green));
        picture.Apply(Terminal(b, TerminalHealth.Red, Now.AddDays(-1)));
        var id = MapItems.TaxId(Kelurahan);

        var group = MapItems.Item(picture, id, Now)!;
        Assert.Equal((2, MapTone.Warning, "/tax"), (group.Count, group.Tone, group.Href));
        Assert.Equal(["2", "1", "0"], group.StateArgs);

        // The same red terminal, two days later: three days red.
        Assert.Equal(MapTone.Danger, MapItems.Item(picture, id, Now.AddDays(2))!.Tone);
    }

    [Fact]
    public void A_complaint_shows_its_id_category_and_status_but_never_its_text()
    {
        var picture = Picture();
        var id = Key("AMB");
        var secret = "Pak Budi 0812-3456-7890 di rumah nomor 5";
        picture.ApplyComplaint(id, Complaint(id, ComplaintStatus.Received, title: secret));

        var item = MapItems.Item(picture, MapItems.ComplaintId(id), Now)!;
        var json = JsonSerializer.Serialize(item);
        Assert.DoesNotContain("0812", json);
        Assert.DoesNotContain("Budi", json);
        Assert.Equal((MapTone.Warning, "/complaints/" + id), (item.Tone, item.Href));
    }

    [Fact]
    public void An_overdue_complaint_is_red_and_a_closed_one_leaves_the_map()
    {
        var picture = Picture();
        var id = Key("AMB");
        picture.ApplyComplaint(id, Complaint(id, ComplaintStatus.Dispatched, overdue: true));
        Assert.Equal(MapTone.Danger, MapItems.Item(picture, MapItems.ComplaintId(id), Now)!.Tone);

        // An older row arriving late changes nothing.
        picture.ApplyComplaint(id, Complaint(id, ComplaintStatus.Received, version: 0));
        Assert.Equal(MapTone.Danger, MapItems.Item(picture, MapItems.ComplaintId(id), Now)!.Tone);

        picture.ApplyComplaint(id, Complaint(id, ComplaintStatus.Closed, version: 2));
        Assert.Null(MapItems.Item(picture, MapItems.ComplaintId(id), Now));
        picture.ApplyComplaint(id, Complaint(id, ComplaintStatus.Dispatched, version: 1));
        Assert.Null(MapItems.Item(picture, MapItems.ComplaintId(id), Now));
    }

    [Fact]
    public void A_closed_incident_leaves_the_map_and_a_stale_row_does_not_bring_it_back()
    {
        var picture = Picture();
        var id = Key("INC");
        picture.Apply(Incident(id, AlarmSeverity.Major, updated: Now));
        picture.Apply(Incident(id, AlarmSeverity.Major, IncidentStatus.Closed, Now.AddMinutes(5)));
        picture.Apply(Incident(id, AlarmSeverity.Major, IncidentStatus.Open, Now.AddMinutes(1)));

        Assert.Null(MapItems.Item(picture, MapItems.IncidentId(id), Now));
    }

    [Fact]
    public void A_layer_the_reader_may_not_see_takes_no_rows()
    {
        var picture = Picture(MapLayers.Gauges);
        picture.Apply(Terminal(Key("T"), TerminalHealth.Red, Now));
        picture.ApplyComplaint("AMB-1", Complaint("AMB-1", ComplaintStatus.Received));
        picture.Apply(Incident(Key("INC"), AlarmSeverity.Critical));

        Assert.Empty(MapItems.All(picture, Now));
        var kpis = OverviewKpis.From(picture, Now, Clock);
        Assert.Null(kpis.TerminalsRed);
        Assert.Null(kpis.ComplaintsOverdue);
        Assert.Null(kpis.IncidentsBySeverity);
    }

    [Fact]
    public void The_tiles_count_what_the_map_shows()
    {
        var picture = Picture();
        picture.Apply(Gauge(Key("PDA"), SiagaLevel.Siaga2));
        picture.Apply(Gauge(Key("PDA"), SiagaLevel.Siaga1, stale: true));
        picture.Apply(Terminal(Key("T"), TerminalHealth.Red, Now.AddDays(-4), tax: 1000m));
        picture.Apply(Terminal(Key("T"), TerminalHealth.Red, Now.AddHours(-2), tax: 500m));
        picture.ApplyComplaint("AMB-2", Complaint("AMB-2", ComplaintStatus.Dispatched, overdue: true));
        picture.Apply(Incident(Key("INC"), AlarmSeverity.Critical));

        var kpis = OverviewKpis.From(picture, Now, Clock);

        Assert.Equal(1, kpis.GaugesByBand![SiagaLevel.Siaga2]);
        Assert.Equal(0, kpis.GaugesByBand[SiagaLevel.Siaga1]);
        Assert.Equal(1, kpis.GaugesStale);
        Assert.Equal((2, 1, 1500m), (kpis.TerminalsRed, kpis.TerminalsLongRed, kpis.PbjtToday));
        Assert.Equal(1, kpis.ComplaintsOverdue);
        Assert.Equal(1, kpis.IncidentsBySeverity![AlarmSeverity.Critical]);
    }
}
