using AmbonCC.Incidents;

namespace AmbonCC.UnitTests.Incidents;

public sealed class AlarmRulesTests
{
    private const string Id = "gauge:PDA-BATUMERAH-1|rate_of_rise";
    private static readonly DateTimeOffset T0 = new(2026, 11, 27, 14, 0, 0, TimeSpan.FromHours(9));

    private static AlarmRaise Raise(int minute, AlarmSeverity severity = AlarmSeverity.Major, string summary = "Naik 40 cm dalam 10 menit") =>
        new("gauge:PDA-BATUMERAH-1", "rate_of_rise", severity, summary, new Dictionary<string, string>(),
            new AlarmArea(["81.71.02.1003"], -3.68, 128.19), "river:Wai Batu Merah", T0.AddMinutes(minute));

    [Fact]
    public void The_first_raise_starts_an_active_unacknowledged_occurrence()
    {
        var change = AlarmRules.Raise(Id, null, Raise(0));

        Assert.Equal(AlarmChangeKind.Raised, change.Kind);
        Assert.Equal(AlarmStatus.ActiveUnacknowledged, change.View.Status);
        Assert.Equal((1, 1), (change.View.Count, change.View.Occurrence));
        Assert.Equal(T0, change.View.RaisedAt);
    }

    [Fact]
    public void A_raise_while_active_updates_instead_of_duplicating()
    {
        var first = AlarmRules.Raise(Id, null, Raise(0)).View;
        var change = AlarmRules.Raise(Id, first, Raise(1, AlarmSeverity.Minor, "Masih naik"));

        Assert.Equal(AlarmChangeKind.Updated, change.Kind);
        Assert.Equal((2, 1), (change.View.Count, change.View.Occurrence));
        Assert.Equal(T0, change.View.RaisedAt);
        Assert.Equal(T0.AddMinutes(1), change.View.LastUpdatedAt);
        Assert.Equal(("Masih naik", AlarmSeverity.Minor), (change.View.Summary, change.View.Severity));
    }

    [Fact]
    public void The_same_raise_again_is_a_retry_and_changes_nothing()
    {
        var first = AlarmRules.Raise(Id, null, Raise(0)).View;
        var change = AlarmRules.Raise(Id, first, Raise(0));

        Assert.Equal(AlarmChangeKind.Unchanged, change.Kind);
        Assert.Same(first, change.View);
    }

    [Fact]
    public void A_worse_raise_at_the_same_time_is_not_a_retry()
    {
        // One batch of readings crossing Siaga 2 and then Siaga 1 raises both with the batch's time.
        var siaga2 = AlarmRules.Raise(Id, null, Raise(0, AlarmSeverity.Major, "Siaga 2")).View;
        var change = AlarmRules.Raise(Id, siaga2, Raise(0, AlarmSeverity.Critical, "Siaga 1"));

        Assert.Equal(AlarmChangeKind.Updated, change.Kind);
        Assert.Equal((AlarmSeverity.Critical, "Siaga 1"), (change.View.Severity, change.View.Summary));
    }

    [Fact]
    public void Acknowledging_records_who_and_when_and_is_idempotent()
    {
        var raised = AlarmRules.Raise(Id, null, Raise(0)).View;
        var acked = AlarmRules.Acknowledge(raised, "operator1", " dipantau ", T0.AddMinutes(2));

        Assert.Equal(AlarmChangeKind.Acknowledged, acked.Kind);
        Assert.Equal(AlarmStatus.ActiveAcknowledged, acked.View.Status);
        Assert.Equal(("operator1", "dipantau", T0.AddMinutes(2)), (acked.View.AcknowledgedBy, acked.View.AcknowledgeNote, acked.View.AcknowledgedAt));
        Assert.Equal(AlarmChangeKind.Unchanged, AlarmRules.Acknowledge(acked.View, "operator2", null, T0.AddMinutes(3)).Kind);
    }

    [Fact]
    public void Acknowledging_an_alarm_never_raised_is_not_found() =>
        Assert.Throws<KeyNotFoundException>(() => AlarmRules.Acknowledge(null, "operator1", null, T0));

    [Fact]
    public void An_escalation_needs_a_fresh_acknowledgement_but_a_same_severity_update_does_not()
    {
        var acked = AlarmRules.Acknowledge(AlarmRules.Raise(Id, null, Raise(0)).View, "operator1", null, T0).View;

        Assert.True(AlarmRules.Raise(Id, acked, Raise(1)).View.Acknowledged);
        var escalated = AlarmRules.Raise(Id, acked, Raise(1, AlarmSeverity.Critical)).View;
        Assert.Equal(AlarmStatus.ActiveUnacknowledged, escalated.Status);
        Assert.Null(escalated.AcknowledgedBy);
    }

    [Fact]
    public void Clearing_ends_the_occurrence_and_a_second_clear_changes_nothing()
    {
        var raised = AlarmRules.Raise(Id, null, Raise(0)).View;
        var cleared = AlarmRules.Clear(raised, T0.AddMinutes(30), "Turun di bawah ambang");

        Assert.Equal(AlarmChangeKind.Cleared, cleared.Kind);
        Assert.Equal(AlarmStatus.ClearedUnacknowledged, cleared.View.Status);
        Assert.Equal(T0.AddMinutes(30), cleared.View.ClearedAt);
        Assert.Equal(AlarmChangeKind.Unchanged, AlarmRules.Clear(cleared.View, T0.AddMinutes(31), "lagi").Kind);
    }

    [Fact]
    public void A_raise_after_a_clear_starts_a_new_occurrence()
    {
        var raised = AlarmRules.Raise(Id, null, Raise(0)).View;
        var acked = AlarmRules.Acknowledge(raised, "operator1", null, T0.AddMinutes(1)).View;
        var cleared = AlarmRules.Clear(acked, T0.AddMinutes(30), "pulih").View;

        var again = AlarmRules.Raise(Id, cleared, Raise(45));

        Assert.Equal(AlarmChangeKind.Raised, again.Kind);
        Assert.Equal((1, 2), (again.View.Count, again.View.Occurrence));
        Assert.Equal(AlarmStatus.ActiveUnacknowledged, again.View.Status);
        Assert.Null(again.View.ClearedAt);
        Assert.True(again.View.Version > cleared.Version);
    }

    [Fact]
    public void A_late_raise_observed_before_the_clear_does_not_reopen()
    {
        var cleared = AlarmRules.Clear(AlarmRules.Raise(Id, null, Raise(0)).View, T0.AddMinutes(30), "pulih").View;
        Assert.Equal(AlarmChangeKind.Unchanged, AlarmRules.Raise(Id, cleared, Raise(20)).Kind);
    }

    [Fact]
    public void A_raise_for_another_key_or_without_summary_is_refused()
    {
        Assert.Throws<ArgumentException>(() => AlarmRules.Raise("gauge:X|stale", null, Raise(0)));
        Assert.Throws<ArgumentException>(() => AlarmRules.Raise(Id, null, Raise(0, summary: "  ")));
    }

    [Fact]
    public void Every_change_raises_the_version()
    {
        var v1 = AlarmRules.Raise(Id, null, Raise(0)).View;
        var v2 = AlarmRules.Raise(Id, v1, Raise(1)).View;
        var v3 = AlarmRules.Acknowledge(v2, "op", null, T0.AddMinutes(2)).View;
        var v4 = AlarmRules.Clear(v3, T0.AddMinutes(3), "pulih").View;
        Assert.Equal([1L, 2, 3, 4], new[] { v1.Version, v2.Version, v3.Version, v4.Version });
    }
}
