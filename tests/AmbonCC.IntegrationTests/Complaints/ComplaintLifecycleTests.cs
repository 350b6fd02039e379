using AmbonCC.Complaints;
using AmbonCC.Incidents;
using AmbonCC.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Xunit.Abstractions;

namespace AmbonCC.IntegrationTests.Complaints;

/// <summary>A complaint's lifecycle on a real silo (SQLite), its clock across a restart, and its overdue alarm.</summary>
public sealed class ComplaintLifecycleTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Wit = TimeSpan.FromHours(9);

    internal static ComplaintSubmission Garbage(bool confidential = false) => new(
        ComplaintChannel.LiveChat, "sampah", "Sampah di TPS Benteng belum diangkut seminggu.",
        new ComplaintLocation(-3.70631, 128.17093, "TPS Benteng", "81.71.03.1003"),
        new ComplaintReporter("Maria Tuhumury", "0812-4455-6677", "maria@example.id"), false, confidential, "dlh.ambon.go.id");

    private static void FastClock(IServiceCollection services, FakeTimeProvider clock)
    {
        services.Replace(ServiceDescriptor.Singleton(new ComplaintClock(clock)));
        services.Configure<ComplaintOptions>(o =>
        {
            o.ClockPeriod = TimeSpan.FromSeconds(2);
            o.ClockMaxWait = TimeSpan.FromSeconds(2);
        });
    }

    [Fact]
    public async Task A_missed_follow_up_deadline_raises_an_alarm_after_a_restart_and_the_follow_up_clears_it()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 6, 10, 0, 0, Wit)); // a Friday
        var settings = SiloSettings.Embedded(TestDatabases.NewSqliteDirectory());
        var id = "AMB-2026-" + Random.Shared.Next(100_000, 999_999).ToString("D6");
        var alarmId = AlarmKeys.For("complaint:" + id, "deadline_missed");

        await using (var first = await TestSilo.StartAsync(settings, output, "first", s => FastClock(s, clock)))
        {
            var complaint = first.Grains.GetGrain<IComplaintGrain>(id);
            await complaint.SubmitAsync(Garbage(), "chat:session-1");
            await complaint.ActAsync(new ComplaintCommand(ComplaintAction.Verify, "operator.sari"));
            var dispatched = await complaint.ActAsync(new ComplaintCommand(ComplaintAction.Dispatch, "operator.sari", OpdCode: "DLHP"));

            Assert.Equal(DeadlineKind.FollowUp, dispatched.Deadline!.Kind);
            Assert.Equal(new DateTimeOffset(2026, 11, 14, 0, 0, 0, Wit), dispatched.Deadline.DueAt);
            Assert.Equal(["chat:session-1", "operator.sari", "operator.sari"], dispatched.History.Select(h => h.Actor));
            Assert.Null(await first.Grains.GetGrain<IAlarmGrain>(alarmId).GetAsync());
        }

        // Past the deadline while no silo runs: the reminder stored by the first silo wakes the complaint on the second.
        clock.SetUtcNow(new DateTimeOffset(2026, 11, 16, 9, 0, 0, Wit));
        await using var second = await TestSilo.StartAsync(settings.AnotherSilo(), output, "second", s => FastClock(s, clock));
        var alarm = second.Grains.GetGrain<IAlarmGrain>(alarmId);
        var raised = await Eventually.SucceedsAsync(alarm.GetAsync, TimeSpan.FromSeconds(30), a => a is { Active: true }, "the overdue alarm");
        Assert.Equal(AlarmSeverity.Major, raised!.Severity);
        Assert.Contains("DLHP", raised.Summary, StringComparison.Ordinal);
        Assert.DoesNotContain("Maria", raised.Summary, StringComparison.Ordinal);

        var restarted = second.Grains.GetGrain<IComplaintGrain>(id);
        var overdue = (await restarted.GetAsync(new ComplaintReader("test", ReaderKind.Public)))!;
        Assert.True(overdue.Deadline!.Overdue);
        Assert.Contains(overdue.History, h => h is { Action: "deadline_missed", Actor: "system:clock" });

        var followed = await restarted.ActAsync(new ComplaintCommand(ComplaintAction.FollowUp, "opd:DLHP", "Sampah sudah diangkut.", OpdCode: "DLHP"));
        Assert.Null(followed.Deadline);
        await Eventually.SucceedsAsync(alarm.GetAsync, TimeSpan.FromSeconds(30), a => a is { Active: false }, "the alarm cleared after the follow-up");
    }

    [Fact]
    public async Task An_unanswered_response_closes_itself_after_10_working_days()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 8, 10, 10, 0, 0, Wit));
        await using var silo = await TestSilo.StartAsync(SiloSettings.Embedded(TestDatabases.NewSqliteDirectory()), output, "silo", s => FastClock(s, clock));
        var complaint = silo.Grains.GetGrain<IComplaintGrain>("AMB-2026-" + Random.Shared.Next(100_000, 999_999).ToString("D6"));
        await complaint.SubmitAsync(Garbage(), "operator.sari");
        await complaint.ActAsync(new ComplaintCommand(ComplaintAction.Verify, "operator.sari"));
        await complaint.ActAsync(new ComplaintCommand(ComplaintAction.Dispatch, "operator.sari", OpdCode: "DLHP"));
        await complaint.ActAsync(new ComplaintCommand(ComplaintAction.FollowUp, "opd:DLHP", "Sudah diangkut.", OpdCode: "DLHP"));
        var responded = await complaint.ActAsync(new ComplaintCommand(ComplaintAction.Respond, "operator.sari", "Sudah diangkut oleh DLHP."));
        // 11-14, 18-21, 24 (17 Aug is a holiday) and 26 Aug (25 Aug too) → the end of 26 Aug.
        Assert.Equal(new DateTimeOffset(2026, 8, 27, 0, 0, 0, Wit), responded.Deadline!.DueAt);

        clock.SetUtcNow(new DateTimeOffset(2026, 8, 26, 23, 0, 0, Wit));
        Assert.Equal(ComplaintStatus.Responded, (await complaint.CheckDeadlineAsync())!.Status);
        clock.SetUtcNow(new DateTimeOffset(2026, 8, 27, 0, 0, 1, Wit));
        var closed = await Eventually.SucceedsAsync(() => complaint.GetAsync(new ComplaintReader("t", ReaderKind.Public)), TimeSpan.FromSeconds(20),
            c => c!.Status == ComplaintStatus.Closed, "the auto-close by the clock");
        Assert.Equal("system:clock", closed!.History[^1].Actor);
    }
}
