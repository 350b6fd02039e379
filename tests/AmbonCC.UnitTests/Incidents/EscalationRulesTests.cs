using AmbonCC.Incidents;
using Microsoft.Extensions.Time.Testing;

namespace AmbonCC.UnitTests.Incidents;

public sealed class EscalationRulesTests
{
    private static readonly IncidentOptions Options = new() { EscalateAfterMinutes = 10, RemindEveryMinutes = 5 };

    /// <summary>Runs the rule the way the reminder does: ask, apply what it says, repeat.</summary>
    private static (IncidentHandling Handling, List<EscalationStep> Steps) Tick(IncidentHandling h, FakeTimeProvider clock, TimeSpan by, TimeSpan step)
    {
        var steps = new List<EscalationStep>();
        for (var passed = TimeSpan.Zero; passed < by; passed += step)
        {
            clock.Advance(step);
            var next = EscalationRules.Next(IncidentStatus.Open, h, clock.GetUtcNow(), Options);
            h = EscalationRules.Apply(h, next, clock.GetUtcNow());
            if (next != EscalationStep.None)
            {
                steps.Add(next);
            }
        }

        return (h, steps);
    }

    [Fact]
    public void An_unacknowledged_incident_goes_to_the_Supervisor_after_10_minutes_and_then_reminds_every_5()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 2, 1, 0, 0, TimeSpan.Zero));
        var h = EscalationRules.Fresh(clock.GetUtcNow());

        var (before, none) = Tick(h, clock, TimeSpan.FromMinutes(9), TimeSpan.FromMinutes(1));
        Assert.Empty(none);
        Assert.Equal(EscalationTier.Operator, before.Tier);

        var (after, steps) = Tick(before, clock, TimeSpan.FromMinutes(21), TimeSpan.FromMinutes(1));
        // Minute 10 escalates; 15, 20, 25 and 30 remind.
        Assert.Equal([EscalationStep.Escalate, EscalationStep.Remind, EscalationStep.Remind, EscalationStep.Remind, EscalationStep.Remind], steps);
        Assert.Equal((EscalationTier.Supervisor, 4), (after.Tier, after.RemindersSent));
        Assert.Equal(clock.GetUtcNow().AddMinutes(-20), after.EscalatedAt);
    }

    [Fact]
    public void Acknowledging_stops_the_clock_and_a_new_alarm_starts_it_again_without_lowering_the_tier()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 2, 1, 0, 0, TimeSpan.Zero));
        var (escalated, _) = Tick(EscalationRules.Fresh(clock.GetUtcNow()), clock, TimeSpan.FromMinutes(12), TimeSpan.FromMinutes(1));
        var acked = EscalationRules.Acknowledged(escalated, "operator.sari", clock.GetUtcNow());

        var (quiet, none) = Tick(acked, clock, TimeSpan.FromHours(2), TimeSpan.FromMinutes(1));
        Assert.Empty(none);
        Assert.False(EscalationRules.Watching(IncidentStatus.Open, quiet));

        var again = EscalationRules.Unacknowledged(quiet, clock.GetUtcNow());
        Assert.Equal((null, EscalationTier.Supervisor, 0), (again.AcknowledgedBy, again.Tier, again.RemindersSent));
        var (_, steps) = Tick(again, clock, TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(1));
        Assert.Equal([EscalationStep.Remind], steps);
    }

    [Fact]
    public void A_closed_incident_never_escalates()
    {
        var at = new DateTimeOffset(2026, 12, 2, 1, 0, 0, TimeSpan.Zero);
        Assert.Equal(EscalationStep.None, EscalationRules.Next(IncidentStatus.Closed, EscalationRules.Fresh(at), at.AddDays(1), Options));
    }
}
