using AmbonCC.Incidents;

namespace AmbonCC.UnitTests.Incidents;

public sealed class IncidentRulesTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 27, 14, 0, 0, TimeSpan.FromHours(9));

    private static AlarmView Raised(AlarmSeverity severity = AlarmSeverity.Major) => AlarmRules.Raise(
        "gauge:PDA-1|siaga", null,
        new AlarmRaise("gauge:PDA-1", "siaga", severity, "Siaga 2", new Dictionary<string, string>(), AlarmArea.None, "river:X", T0)).View;

    [Fact]
    public void Raises_clears_and_acknowledgements_have_one_timeline_key_each_per_occurrence()
    {
        var raised = Raised();
        var acked = AlarmRules.Acknowledge(raised, "op", null, T0.AddMinutes(1)).View;
        var cleared = AlarmRules.Clear(acked, T0.AddMinutes(2), "surut").View;

        var keys = new[]
        {
            IncidentRules.AlarmEntry(raised, AlarmChangeKind.Raised, null)!.Value.Key,
            IncidentRules.AlarmEntry(acked, AlarmChangeKind.Acknowledged, raised)!.Value.Key,
            IncidentRules.AlarmEntry(cleared, AlarmChangeKind.Cleared, acked)!.Value.Key,
        };

        Assert.Equal(3, keys.Distinct().Count());
        Assert.All(keys, k => Assert.StartsWith("gauge:PDA-1|siaga#1:", k));
        Assert.Equal("op", IncidentRules.AlarmEntry(acked, AlarmChangeKind.Acknowledged, raised)!.Value.Entry.Actor);
    }

    [Fact]
    public void Only_a_severity_change_puts_an_update_on_the_timeline()
    {
        var before = Raised();
        var same = AlarmRules.Raise(before.Id, before, new AlarmRaise("gauge:PDA-1", "siaga", AlarmSeverity.Major, "Siaga 2", new Dictionary<string, string>(), AlarmArea.None, "river:X", T0.AddMinutes(1))).View;
        var worse = same with { Severity = AlarmSeverity.Critical, Version = same.Version + 1 };

        Assert.Null(IncidentRules.AlarmEntry(same, AlarmChangeKind.Updated, before));
        Assert.Equal("alarm-severity", IncidentRules.AlarmEntry(worse, AlarmChangeKind.Updated, same)!.Value.Entry.Kind);
    }

    [Theory]
    [InlineData("gauge:PDA-BATUMERAH-1", IncidentLinkKind.Gauge, "PDA-BATUMERAH-1")]
    [InlineData("camera:CCTV-RV-01", IncidentLinkKind.Camera, "CCTV-RV-01")]
    [InlineData("terminal:MP-1", IncidentLinkKind.Terminal, "MP-1")]
    public void Gauge_camera_and_terminal_sources_become_links(string source, IncidentLinkKind kind, string id)
    {
        var link = IncidentRules.SourceLink(source);
        Assert.Equal((kind, id), (link!.Kind, link.Id));
    }

    [Theory]
    [InlineData("complaint:AMB-1")]
    [InlineData("gauge:")]
    [InlineData("nocolon")]
    public void Other_sources_are_not_linked(string source) => Assert.Null(IncidentRules.SourceLink(source));

    [Fact]
    public void An_incident_takes_the_worst_severity_of_its_alarms_and_info_without_any()
    {
        Assert.Equal(AlarmSeverity.Info, IncidentRules.Severity([]));
        Assert.Equal(AlarmSeverity.Critical, IncidentRules.Severity([Raised(AlarmSeverity.Minor), Raised(AlarmSeverity.Critical)]));
    }

    [Fact]
    public void Summaries_with_equal_kelurahan_lists_are_the_same()
    {
        var a = new IncidentSummary("INC-1", "t", AlarmSeverity.Major, IncidentStatus.Open, T0, null, 1, 1, ["81.71.02.1003"], T0);
        var b = a with { KelurahanCodes = ["81.71.02.1003"] };
        Assert.True(IncidentRules.SameSummary(a, b));
        Assert.False(IncidentRules.SameSummary(a, b with { UnacknowledgedAlarms = 0 }));
    }
}
