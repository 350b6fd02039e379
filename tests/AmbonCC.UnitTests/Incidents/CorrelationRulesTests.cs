using System.Text.Json;
using System.Text.Json.Serialization;
using AmbonCC.Incidents;

namespace AmbonCC.UnitTests.Incidents;

public sealed class CorrelationRulesTests
{
    private static readonly DateTimeOffset T0 = new(2026, 12, 2, 14, 0, 0, TimeSpan.FromHours(9));
    private static readonly IncidentOptions Options = new();
    private const string BatuMerah = "81.71.02.1003";
    private const string Galala = "81.71.03.1001";

    private static Dictionary<string, CorrelationSpot> Open() => new()
    {
        ["INC-A"] = new CorrelationSpot { Family = "flood", KelurahanCodes = [BatuMerah], LastSignalAt = T0 },
    };

    [Theory]
    [InlineData("siaga")]
    [InlineData("flood_report")]
    [InlineData("flood_water")]
    public void A_flood_signal_in_the_same_kelurahan_within_the_window_joins(string alarmType)
    {
        var family = Options.CorrelationFamily(Options.TypeOfAlarm(alarmType));

        Assert.Equal("INC-A", CorrelationRules.Match(Open(), family, [Galala, BatuMerah], T0.AddMinutes(90), Options.CorrelationWindow));
    }

    [Fact]
    public void Another_kelurahan_a_later_signal_or_another_family_opens_its_own()
    {
        var flood = Options.CorrelationFamily(IncidentTypes.Flood);

        Assert.Null(CorrelationRules.Match(Open(), flood, [Galala], T0, Options.CorrelationWindow));
        Assert.Null(CorrelationRules.Match(Open(), flood, [BatuMerah], T0.AddMinutes(121), Options.CorrelationWindow));
        Assert.Null(CorrelationRules.Match(Open(), Options.CorrelationFamily(Options.TypeOfAlarm("offline")), [BatuMerah], T0, Options.CorrelationWindow));
        Assert.Null(CorrelationRules.Match(Open(), flood, [], T0, Options.CorrelationWindow));
    }

    [Fact]
    public void Configuration_decides_which_types_correlate_and_in_which_family()
    {
        var options = new IncidentOptions
        {
            CorrelatingTypes = [IncidentTypes.Flood, IncidentTypes.CameraOffline],
            Families = new() { [IncidentTypes.CameraOffline] = "flood" },
            AlarmTypes = new() { ["landslide"] = IncidentTypes.Flood },
        };

        Assert.Equal("flood", options.CorrelationFamily(options.TypeOfAlarm("frozen")));
        Assert.Equal("flood", options.CorrelationFamily(options.TypeOfAlarm("landslide")));
        Assert.Null(options.CorrelationFamily(options.TypeOfAlarm("device_off")));
    }

    [Theory]
    [InlineData("waste_report", "garbage_overflow")]
    [InlineData("garbage_overflow", "waste_report")]
    [InlineData("illegal_dumping", "waste_report")]
    public void A_garbage_report_and_a_waste_cameras_event_in_one_kelurahan_within_a_week_join(string first, string then)
    {
        var family = Options.CorrelationFamily(Options.TypeOfAlarm(first));
        var open = new Dictionary<string, CorrelationSpot>
        {
            ["INC-W"] = new CorrelationSpot { Family = family!, KelurahanCodes = [BatuMerah], LastSignalAt = T0 },
            ["INC-F"] = Open()["INC-A"],
        };
        var thenFamily = Options.CorrelationFamily(Options.TypeOfAlarm(then));

        Assert.Equal(IncidentTypes.Waste, family);
        Assert.Equal("INC-W", CorrelationRules.Match(open, thenFamily, [BatuMerah], T0.AddDays(4), Options.CorrelationWindowOf(thenFamily)));
        Assert.Null(CorrelationRules.Match(open, thenFamily, [BatuMerah], T0.AddDays(8), Options.CorrelationWindowOf(thenFamily)));
        Assert.Null(CorrelationRules.Match(open, thenFamily, [Galala], T0, Options.CorrelationWindowOf(thenFamily)));
    }

    [Fact]
    public void A_flood_report_never_joins_a_garbage_incident_nor_a_road_report_anything()
    {
        var open = new Dictionary<string, CorrelationSpot>
        {
            ["INC-W"] = new CorrelationSpot { Family = IncidentTypes.Waste, KelurahanCodes = [BatuMerah], LastSignalAt = T0 },
        };
        var flood = Options.CorrelationFamily(Options.TypeOfAlarm(IncidentTypes.FloodReportAlarm));

        Assert.Equal(IncidentTypes.Flood, flood);
        Assert.Null(CorrelationRules.Match(open, flood, [BatuMerah], T0, Options.CorrelationWindowOf(flood)));
        Assert.Null(Options.CorrelationFamily(Options.TypeOfAlarm(IncidentTypes.RoadReportAlarm)));
        Assert.Equal(TimeSpan.FromHours(2), Options.CorrelationWindowOf(flood));
        Assert.Equal(TimeSpan.FromDays(7), Options.CorrelationWindowOf(IncidentTypes.Waste));
    }

    [Fact]
    public void Joining_adds_the_kelurahan_and_moves_the_window_forward_only()
    {
        var spot = Open()["INC-A"];
        CorrelationRules.Join(spot, [Galala, BatuMerah], T0.AddMinutes(30));
        CorrelationRules.Join(spot, [Galala], T0.AddMinutes(10));

        Assert.Equal([BatuMerah, Galala], spot.KelurahanCodes);
        Assert.Equal(T0.AddMinutes(30), spot.LastSignalAt);
    }

    [Fact]
    public void The_lowest_severity_is_Warning_and_keeps_the_number_old_Info_alarms_were_stored_with()
    {
        var json = new JsonSerializerOptions { Converters = { new JsonStringEnumConverter() } };

        Assert.Equal(0, (int)AlarmSeverity.Warning);
        Assert.Equal(AlarmSeverity.Warning, AlarmSeverity.Info);
        Assert.Equal("Warning", AlarmSeverity.Warning.ToString());
        Assert.Equal("\"Warning\"", JsonSerializer.Serialize(AlarmSeverity.Info, json));
        Assert.Equal([1, 2, 3], new[] { AlarmSeverity.Minor, AlarmSeverity.Major, AlarmSeverity.Critical }.Select(s => (int)s));
    }
}
