using System.Collections.Immutable;
using AmbonCC.Incidents;

namespace AmbonCC.UnitTests.Incidents;

/// <summary>The queue row carries the incident's point, so the map can put it where it happens.</summary>
public sealed class IncidentPointTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 27, 14, 0, 0, TimeSpan.FromHours(9));

    private static AlarmView Alarm(string source, AlarmArea area, DateTimeOffset at) => AlarmRules.Raise(
        source + "|siaga", null,
        new AlarmRaise(source, "siaga", AlarmSeverity.Major, "Siaga 2", new Dictionary<string, string>(), area, "river:X", at)).View;

    private static IncidentView View(AlarmArea area, params AlarmView[] alarms) => new(
        "INC-1", "Banjir", IncidentStatus.Open, AlarmSeverity.Major, "river:X", area, T0, null, null, null,
        [], [], [.. alarms]);

    [Fact]
    public void The_opening_areas_point_is_the_incidents_point()
    {
        var view = View(new AlarmArea(["81.71.02.2003"], -3.68, 128.19), Alarm("gauge:A", new AlarmArea([], -3.60, 128.30), T0));

        var summary = IncidentRules.Summary(view, T0);

        Assert.Equal((-3.68, 128.19), (summary.Latitude, summary.Longitude));
        Assert.True(summary.HasPoint);
    }

    [Fact]
    public void Without_one_the_earliest_alarm_with_a_point_gives_it()
    {
        var view = View(new AlarmArea(["81.71.02.2003"]),
            Alarm("complaint:AMB-1", AlarmArea.None, T0),
            Alarm("gauge:LATE", new AlarmArea([], -3.61, 128.31), T0.AddMinutes(9)),
            Alarm("gauge:EARLY", new AlarmArea([], -3.62, 128.32), T0.AddMinutes(3)));

        var summary = IncidentRules.Summary(view, T0);

        Assert.Equal((-3.62, 128.32), (summary.Latitude, summary.Longitude));
    }

    [Fact]
    public void No_point_anywhere_leaves_the_row_without_one()
    {
        var summary = IncidentRules.Summary(View(new AlarmArea(ImmutableArray.Create("81.71.02.2003")), Alarm("complaint:AMB-1", AlarmArea.None, T0)), T0);

        Assert.False(summary.HasPoint);
        Assert.Equal("81.71.02.2003", Assert.Single(summary.KelurahanCodes));
    }
}
