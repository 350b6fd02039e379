using AmbonCC.Incidents;
using AmbonCC.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Xunit.Abstractions;

namespace AmbonCC.IntegrationTests.Incidents;

/// <summary>The escalation clock on a real silo (SQLite) with the incidents' time in the test's hand, across a restart.</summary>
public sealed class IncidentEscalationTests(ITestOutputHelper output)
{
    [Fact]
    public async Task An_unacknowledged_incident_escalates_reminds_survives_a_restart_and_stops_when_acknowledged()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 2, 1, 0, 0, TimeSpan.Zero));
        void Fake(IServiceCollection s) => s.Replace(ServiceDescriptor.Singleton(new IncidentClock(clock)));
        var settings = SiloSettings.Embedded(TestDatabases.NewSqliteDirectory());
        var raise = AlarmIncidentTests.Raise("gauge:" + Guid.NewGuid().ToString("N")[..10], "siaga", "river:" + Guid.NewGuid().ToString("N")[..10], 0)
            with { At = clock.GetUtcNow() };
        string id;

        await using (var first = await TestSilo.StartAsync(settings, output, "first", Fake))
        {
            id = (await first.Grains.GetGrain<IAlarmGrain>(raise.AlarmId).RaiseAsync(raise)).IncidentId!;
            var incident = first.Grains.GetGrain<IIncidentGrain>(id);
            clock.Advance(TimeSpan.FromMinutes(9));
            Assert.Equal(EscalationTier.Operator, (await incident.CheckEscalationAsync())!.Handling!.Tier);
            clock.Advance(TimeSpan.FromMinutes(1));
            var escalated = (await incident.CheckEscalationAsync())!;
            Assert.Equal(EscalationTier.Supervisor, escalated.Handling!.Tier);
            Assert.Single(escalated.Timeline, e => e.Code == TimelineCodes.Escalated && e.Actor == TimelineCodes.SystemActor);
        }

        await using var second = await TestSilo.StartAsync(settings, output, "second", Fake);
        var again = second.Grains.GetGrain<IIncidentGrain>(id);
        clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(1, (await again.CheckEscalationAsync())!.Handling!.RemindersSent);
        clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(2, (await again.CheckEscalationAsync())!.Handling!.RemindersSent);

        await second.Grains.GetGrain<IAlarmGrain>(raise.AlarmId).AcknowledgeAsync("operator.sari", null);
        var acked = (await again.AcknowledgeAsync("operator.sari", null));
        clock.Advance(TimeSpan.FromHours(1));
        var quiet = (await again.CheckEscalationAsync())!;
        Assert.True(acked.Acknowledged);
        Assert.Equal(2, quiet.Handling!.RemindersSent);
        Assert.Equal(2, quiet.Timeline.Count(e => e.Code == TimelineCodes.Reminder));
    }
}
