using AmbonCC.Complaints;
using AmbonCC.Incidents;
using AmbonCC.IntegrationTests.Infrastructure;
using AmbonCC.Platform.Outbox;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Xunit.Abstractions;

namespace AmbonCC.IntegrationTests.Complaints;

/// <summary>A missed deadline raises the alarm, shows red, and tells the Supervisor and the OPD head through the outbox, once.</summary>
public sealed class ComplaintEscalationTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Wit = TimeSpan.FromHours(9);

    [Fact]
    public async Task A_missed_follow_up_escalates_to_the_Supervisor_and_the_OPD_head_once_through_the_outbox()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 6, 10, 0, 0, Wit)); // a Friday
        await using var silo = await TestSilo.StartAsync(SiloSettings.Embedded(TestDatabases.NewSqliteDirectory()), output, "silo", s =>
        {
            s.Replace(ServiceDescriptor.Singleton(new ComplaintClock(clock)));
            s.Configure<ComplaintOptions>(o =>
            {
                o.Escalation.OpdHeadAddresses["DLHP"] = "+6281100000001";
                o.Escalation.SupervisorAddress = "+6281100000002";
            });
        });
        var id = "AMB-2026-" + Random.Shared.Next(100_000, 999_999).ToString("D6");
        var complaint = silo.Grains.GetGrain<IComplaintGrain>(id);
        await complaint.SubmitAsync(ComplaintLifecycleTests.Garbage(confidential: true), "operator.sari");
        await complaint.ActAsync(new ComplaintCommand(ComplaintAction.Verify, "operator.sari"));
        await complaint.ActAsync(new ComplaintCommand(ComplaintAction.Dispatch, "operator.sari", OpdCode: "DLHP"));

        clock.SetUtcNow(new DateTimeOffset(2026, 11, 13, 23, 59, 0, Wit)); // the last minute of the 5th working day
        await complaint.CheckDeadlineAsync();
        Assert.Empty(await MessagesAsync(silo, id));

        clock.SetUtcNow(new DateTimeOffset(2026, 11, 14, 0, 0, 1, Wit));
        var overdue = (await complaint.CheckDeadlineAsync())!;
        await complaint.CheckDeadlineAsync(); // a doubled reminder tick queues nothing again

        Assert.True(overdue.Deadline!.Overdue); // the inbox and the complaint page colour it red from this flag
        Assert.True((await silo.Grains.GetGrain<IAlarmGrain>(AlarmKeys.For("complaint:" + id, "deadline_missed")).GetAsync())!.Active);
        var messages = await MessagesAsync(silo, id);
        Assert.Equal(["+6281100000001", "+6281100000002"], messages.Select(m => m.Recipient).Order());
        Assert.All(messages, m =>
        {
            Assert.Equal(ComplaintGrain_EscalationKind, m.Correlation!.Kind);
            Assert.Contains("DLHP", m.Payload, StringComparison.Ordinal);
            Assert.DoesNotContain("Maria", m.Payload, StringComparison.Ordinal);
            Assert.DoesNotContain("0812", m.Payload, StringComparison.Ordinal);
        });
        var escalated = Assert.Single(overdue.History, h => h.Action == "escalated");
        Assert.Equal("supervisor, opd-head:DLHP", escalated.Note);
    }

    [Fact]
    public async Task A_missed_verification_escalates_to_the_Supervisor_only()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 6, 10, 0, 0, Wit));
        await using var silo = await TestSilo.StartAsync(SiloSettings.Embedded(TestDatabases.NewSqliteDirectory()), output, "silo",
            s => s.Replace(ServiceDescriptor.Singleton(new ComplaintClock(clock))));
        var id = "AMB-2026-" + Random.Shared.Next(100_000, 999_999).ToString("D6");
        var complaint = silo.Grains.GetGrain<IComplaintGrain>(id);
        await complaint.SubmitAsync(ComplaintLifecycleTests.Garbage(), "operator.sari");

        clock.SetUtcNow(new DateTimeOffset(2026, 11, 12, 0, 0, 1, Wit)); // Mon, Tue, Wed → the end of Wednesday 11 Nov
        await complaint.CheckDeadlineAsync();

        var message = Assert.Single(await MessagesAsync(silo, id));
        Assert.Equal("role:supervisor-on-duty", message.Recipient);
    }

    private const string ComplaintGrain_EscalationKind = "complaint-escalation";

    private static async Task<List<OutboxRecord>> MessagesAsync(TestSilo silo, string id)
    {
        var outbox = silo.Services.GetRequiredService<IOutbox>();
        var all = new List<OutboxRecord>();
        foreach (var status in Enum.GetValues<OutboxStatus>())
        {
            all.AddRange(await outbox.ListAsync(status, 1000));
        }

        return [.. all.DistinctBy(m => m.Id).Where(m => m.IdempotencyKey.StartsWith($"complaint/{id}/", StringComparison.Ordinal))];
    }
}
