using AmbonCC.Incidents;
using AmbonCC.RiverGauges;
using AmbonCC.Warnings;
using AmbonCC.Web.Components.Incidents;
using AmbonCC.Web.Components.Warnings;
using static AmbonCC.UnitTests.Live.LiveEvents;

namespace AmbonCC.UnitTests.Live;

/// <summary>Pages apply the rows that events carry instead of reloading: the rules they apply them by.</summary>
public sealed class LiveRowsTests
{
    private static WarningSummary Warning(string id, WarningState state, int minute, bool pending = false) =>
        new(id, "Wai Batu Merah", state, SiagaLevel.Siaga2, "h", T0.AddMinutes(minute), 3, 1, pending);

    private static IncidentSummary Incident(string id, AlarmSeverity severity, IncidentStatus status, int minute) =>
        new(id, "t", severity, status, T0, null, 1, 1, [], T0.AddMinutes(minute));

    [Fact]
    public void A_warning_event_replaces_its_row_puts_pending_approvals_first_and_ignores_an_older_copy()
    {
        IReadOnlyList<WarningSummary> rows = [Warning("w1", WarningState.Active, 5), Warning("w2", WarningState.Active, 1)];

        rows = WarningRows.Apply(rows, Warning("w2", WarningState.Draft, 6, pending: true), includeClosed: false);
        Assert.Equal(["w2", "w1"], rows.Select(r => r.Id));
        Assert.Equal(WarningState.Draft, rows[0].State);

        rows = WarningRows.Apply(rows, Warning("w2", WarningState.Active, 2), includeClosed: false);
        Assert.Equal(WarningState.Draft, rows[0].State);
    }

    [Fact]
    public void A_closed_warning_leaves_the_open_list_but_stays_when_closed_ones_are_shown()
    {
        IReadOnlyList<WarningSummary> rows = [Warning("w1", WarningState.Active, 5)];

        Assert.Empty(WarningRows.Apply(rows, Warning("w1", WarningState.Cancelled, 6), includeClosed: false));
        Assert.Single(WarningRows.Apply(rows, Warning("w1", WarningState.Cancelled, 6), includeClosed: true));
    }

    [Fact]
    public void Queue_rows_follow_severity_and_a_closed_incident_leaves_the_queue()
    {
        IReadOnlyList<IncidentSummary> rows = [Incident("a", AlarmSeverity.Minor, IncidentStatus.Open, 1)];

        rows = IncidentRows.Apply(rows, Incident("b", AlarmSeverity.Critical, IncidentStatus.Open, 2));
        Assert.Equal(["b", "a"], rows.Select(r => r.Id));

        rows = IncidentRows.Apply(rows, Incident("a", AlarmSeverity.Minor, IncidentStatus.Closed, 3));
        Assert.Equal(["b"], rows.Select(r => r.Id));

        rows = IncidentRows.Apply(rows, Incident("b", AlarmSeverity.Minor, IncidentStatus.Open, 0));
        Assert.Equal(AlarmSeverity.Critical, rows[0].Severity);
    }

    [Fact]
    public void A_reading_older_than_the_row_s_is_not_applied()
    {
        var status = Thresholds("G1").Status with { LevelCm = 41.4, ObservedAt = T0 };

        Assert.Equal(41.4, Level("G1", 39, T0.AddMinutes(-1)).ApplyTo(status).LevelCm);
        Assert.Equal(40.9, Level("G1", 40.9, T0.AddMinutes(1)).ApplyTo(status).LevelCm);
    }
}
