using AmbonCC.City;
using Microsoft.Extensions.Logging;

namespace AmbonCC.Reports;

/// <summary>
/// Wakes at 07:00 city time through a durable reminder (it survives restarts), generates the report of the window
/// that just ended unless it is stored, and retries that report's pending e-mails. A tick missed or doubled is
/// harmless: each tick works from the clock, not from a count of ticks.
/// </summary>
internal sealed class ReportSchedulerGrain(IGrainFactory grains, CityClock clock, TimeProvider time, ILogger<ReportSchedulerGrain> logger)
    : Grain, IReportSchedulerGrain, IRemindable
{
    public const string ReminderName = "daily-report";
    public const string ScheduledBy = "scheduler";

    public async Task<DateTimeOffset> StartAsync()
    {
        var now = time.GetUtcNow();
        var next = new ReportSchedule(clock).NextRun(now);
        await this.RegisterOrUpdateReminder(ReminderName, next - now, TimeSpan.FromDays(1));
        return next;
    }

    public async Task<string?> TickAsync()
    {
        var day = new ReportSchedule(clock).LatestDue(time.GetUtcNow());
        var id = ReportSchedule.IdOf(day);
        var report = grains.GetGrain<IDailyReportGrain>(id);
        if (await report.GetAsync(null) is null)
        {
            await report.GenerateAsync(ScheduledBy);
            return id;
        }

        await report.DeliverPendingAsync();
        return null;
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName != ReminderName)
        {
            return;
        }

        var made = await TickAsync();
        logger.LogInformation("Daily report tick: {Outcome}", made is null ? "already stored" : "generated " + made);
        // Re-aimed at the next 07:00 each time, so that a late first tick or a zone with daylight saving never drifts.
        await StartAsync();
    }
}
