using AmbonCC.Incidents;
using AmbonCC.TaxTerminals;
using AmbonCC.Web.Map;
using static AmbonCC.UnitTests.Map.MapFixtures;

namespace AmbonCC.UnitTests.Map;

/// <summary>Where incidents stand on the map, and the tax tiles as the register counts them.</summary>
public sealed class MapPlacesAndFiguresTests
{
    [Fact]
    public void An_incident_with_a_point_stands_at_it_rather_than_in_its_kelurahan()
    {
        var picture = Picture();
        var id = Key("INC");
        picture.Apply(Incident(id, AlarmSeverity.Major, latitude: -3.655, longitude: 128.201));

        var item = MapItems.Item(picture, MapItems.IncidentId(id), Now)!;
        Assert.Equal((-3.655, 128.201), (item.Latitude, item.Longitude));
    }

    [Fact]
    public void An_incident_without_a_point_or_a_known_kelurahan_is_not_drawn()
    {
        var picture = Picture();
        var (placed, lost) = (Key("INC"), Key("INC"));
        picture.Apply(Incident(placed, AlarmSeverity.Minor));
        picture.Apply(Incident(lost, AlarmSeverity.Minor, kelurahan: "81.71.99.9999"));

        Assert.Equal((-3.69, 128.18), MapItems.Place(picture, picture.Incidents[placed]));
        Assert.Null(MapItems.Item(picture, MapItems.IncidentId(lost), Now));
        Assert.Equal([MapItems.IncidentId(placed)], MapItems.All(picture, Now).Select(i => i.Id));
    }

    [Fact]
    public void Pbjt_today_counts_only_what_terminals_recorded_on_this_city_day()
    {
        var picture = Picture();
        // Now is 12:00 WIT; 14:00 UTC yesterday is 23:00 WIT yesterday: that terminal's "today" was yesterday.
        picture.Apply(Terminal(Key("T"), TerminalHealth.Green, tax: 700m, at: Now.AddHours(-13)));
        picture.Apply(Terminal(Key("T"), TerminalHealth.Green, tax: 300m, at: Now.AddHours(-2)));
        picture.Apply(Terminal(Key("T"), TerminalHealth.Green, tax: 45m, kelurahan: "81.71.03.2001"));

        var kpis = OverviewKpis.From(picture, Now, Clock);

        Assert.Equal(345m, kpis.PbjtToday);
        Assert.Equal(3, kpis.TerminalsTotal);
        // The same rows read tomorrow: nothing recorded today yet.
        Assert.Equal(0m, OverviewKpis.From(picture, Now.AddDays(1), Clock).PbjtToday);
    }

    [Fact]
    public void The_tiles_and_the_register_agree_on_every_figure()
    {
        var picture = Picture();
        picture.Apply(Terminal(Key("T"), TerminalHealth.Red, Now.AddDays(-4), tax: 100m));
        picture.Apply(Terminal(Key("T"), TerminalHealth.Red, Now.AddHours(-1), tax: 20m, at: Now.AddDays(-1)));
        picture.Apply(Terminal(Key("T"), TerminalHealth.Green, tax: 5m));

        var kpis = OverviewKpis.From(picture, Now, Clock);
        var register = TaxTotalsRule.Of(picture.Terminals.Values, Now, Clock, picture.RedEscalation);

        Assert.Equal((register.Red, register.RedThreeDays, register.Terminals, register.TodayTax),
            (kpis.TerminalsRed!.Value, kpis.TerminalsLongRed, kpis.TerminalsTotal, kpis.PbjtToday!.Value));
        Assert.Equal((2, 1, 3, 105m), (register.Red, register.RedThreeDays, register.Terminals, register.TodayTax));
    }

    [Fact]
    public void Red_for_long_follows_the_tax_rules_setting_on_the_map_and_the_tiles()
    {
        var picture = Picture();
        picture.RedEscalation = TimeSpan.FromDays(1);
        picture.Apply(Terminal(Key("T"), TerminalHealth.Red, Now.AddHours(-30)));

        Assert.Equal(1, OverviewKpis.From(picture, Now, Clock).TerminalsLongRed);
        Assert.Equal(MapTone.Danger, MapItems.Item(picture, MapItems.TaxId(Kelurahan), Now)!.Tone);

        picture.RedEscalation = TimeSpan.FromDays(3);
        Assert.Equal(0, OverviewKpis.From(picture, Now, Clock).TerminalsLongRed);
        Assert.Equal(MapTone.Warning, MapItems.Item(picture, MapItems.TaxId(Kelurahan), Now)!.Tone);
    }

    [Fact]
    public void A_late_older_terminal_row_does_not_undo_a_newer_one()
    {
        var picture = Picture();
        var serial = Key("T");
        picture.Apply(Terminal(serial, TerminalHealth.Red, Now.AddMinutes(-5), at: Now));
        picture.TakeChanged();

        picture.Apply(Terminal(serial, TerminalHealth.Green, at: Now.AddMinutes(-10)));

        Assert.Empty(picture.TakeChanged());
        Assert.Equal(TerminalHealth.Red, picture.Terminals[serial].Status.Health);
    }

    [Fact]
    public void A_terminal_that_moves_kelurahan_redraws_both_groups()
    {
        var picture = Picture();
        var serial = Key("T");
        picture.Apply(Terminal(serial, TerminalHealth.Green, at: Now.AddMinutes(-1)));
        picture.TakeChanged();

        picture.Apply(Terminal(serial, TerminalHealth.Green, kelurahan: "81.71.03.2001"));

        Assert.Equal([MapItems.TaxId(Kelurahan), MapItems.TaxId("81.71.03.2001")], picture.TakeChanged().Order());
        Assert.Null(MapItems.Item(picture, MapItems.TaxId(Kelurahan), Now));
    }

    [Fact]
    public void Warning_incidents_are_counted_once_and_named_by_their_own_key()
    {
        var picture = Picture();
        var id = Key("INC");
        picture.Apply(Incident(id, AlarmSeverity.Warning));
        picture.Apply(Incident(Key("INC"), AlarmSeverity.Critical));

        var bySeverity = OverviewKpis.From(picture, Now, Clock).IncidentsBySeverity!;

        Assert.Equal(4, bySeverity.Count);
        Assert.Equal((1, 1), (bySeverity[AlarmSeverity.Warning], bySeverity[AlarmSeverity.Critical]));
        Assert.Equal("Incident.Warning", MapItems.Item(picture, MapItems.IncidentId(id), Now)!.StateKey);
    }
}
