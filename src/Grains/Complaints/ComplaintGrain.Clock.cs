using AmbonCC.Complaints.Rules;
using AmbonCC.Incidents;
using AmbonCC.Platform;
using Microsoft.Extensions.Logging;
using Orleans.Streams;

namespace AmbonCC.Complaints;

internal sealed partial class ComplaintGrain
{
    private const string ClockReminder = "complaint-clock";
    private const string SystemClock = "system:clock";
    private bool clockMoved;
    private IGrainTimer? reactionTimer;

    /// <summary>Starts the clock a status owes; a postponed complaint keeps its verification deadline.</summary>
    private void StartClock(ComplaintStatus status, DateTimeOffset now)
    {
        if (status == ComplaintStatus.Postponed && S.DeadlineKind == DeadlineKind.Verification)
        {
            return;
        }

        var next = deadlines.For(status, now);
        if (next?.Kind != S.DeadlineKind || next?.DueAt != S.DeadlineAt)
        {
            S.DeadlineKind = next?.Kind;
            S.DeadlineAt = next?.DueAt;
            clockMoved = true;
        }
    }

    /// <summary>Stores the change, tells the index, arms the clock, and leaves the slow reactions to a timer.</summary>
    private async Task CommitAsync(string kind)
    {
        MarkIncidentWork(kind);
        S.Version++;
        S.UpdatedAt = time.GetUtcNow();
        await state.WriteStateAsync();
        await TryIndexAsync();
        if (clockMoved)
        {
            clockMoved = false;
            await ArmClockAsync();
        }

        ScheduleReactions(kind);
    }

    private async Task TryIndexAsync()
    {
        try
        {
            await GrainFactory.GetGrain<IComplaintIndexGrain>(CityKeys.City).UpsertAsync(ComplaintViews.Summary(Id, S));
            if (S.IndexStale)
            {
                S.IndexStale = false;
                await state.WriteStateAsync();
            }
        }
        catch (Exception ex) when (ex is not StoreUnavailableException)
        {
            logger.LogWarning(ex, "Complaint {Id}: index update failed; the clock retries it", Id);
            S.IndexStale = true;
            await state.WriteStateAsync();
            await ArmClockAsync();
        }
    }

    private async Task ArmClockAsync()
    {
        var now = time.GetUtcNow();
        if (S.DeadlineAt is { } due || S.AlarmActive || S.IndexStale || S.IncidentPending)
        {
            var wait = (S.DeadlineAt ?? now) - now;
            var max = options.Value.ClockMaxWait;
            wait = wait < TimeSpan.FromSeconds(1) ? TimeSpan.FromSeconds(1) : wait > max ? max : wait;
            await this.RegisterOrUpdateReminder(ClockReminder, wait, options.Value.ClockPeriod);
        }
        else if (await this.GetReminder(ClockReminder) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }
    }

    public Task ReceiveReminder(string reminderName, TickStatus status) => CheckDeadlineAsync();

    public async Task<ComplaintView?> CheckDeadlineAsync()
    {
        if (S.Submission is null)
        {
            await ArmClockAsync();
            return null;
        }

        var now = time.GetUtcNow();
        if (S.DeadlineKind == DeadlineKind.AutoClose && S.DeadlineAt <= now)
        {
            var from = S.Status;
            S.Status = ComplaintLifecycle.Next(from, ComplaintAction.AutoClose);
            Record(now, SystemClock, Name(ComplaintAction.AutoClose), from, S.Status, "10 hari kerja tanpa jawaban pelapor");
            StartClock(S.Status, now);
            await CommitAsync("auto_close");
        }
        else if (S.DeadlineKind is { } kind && S.DeadlineAt is { } due && ComplaintDeadlines.IsOverdue(kind, due, now) && S.AlarmRaisedFor != due)
        {
            await RaiseOverdueAsync(kind, due, now);
            S.AlarmRaisedFor = due;
            S.AlarmActive = true;
            Record(now, SystemClock, "deadline_missed", S.Status, S.Status, $"{kind} {city.ToCityTime(due):yyyy-MM-dd HH:mm} {city.Label}");
            await CommitAsync("overdue");
        }

        if (S.AlarmActive && S.AlarmRaisedFor is { } missed && missed == S.DeadlineAt && S.EscalatedFor != missed && S.DeadlineKind is { } missedKind)
        {
            var told = await EscalateAsync(missedKind, missed);
            S.EscalatedFor = missed;
            Record(now, SystemClock, "escalated", S.Status, S.Status, string.Join(", ", told));
            await CommitAsync("escalated");
        }

        if (S.IndexStale)
        {
            await TryIndexAsync();
        }

        await ReportToIncidentsAsync();
        await ClearAlarmIfSettledAsync();
        await ArmClockAsync();
        return View(ComplaintViews.DeskReader(SystemClock));
    }

    /// <summary>A missed deadline is an alarm on the incident queue: the Supervisor sees it with the OPD it waits on.</summary>
    private Task RaiseOverdueAsync(DeadlineKind kind, DateTimeOffset due, DateTimeOffset now)
    {
        var source = "complaint:" + Id;
        var who = kind == DeadlineKind.FollowUp ? S.OpdCode ?? "OPD" : "Command Center";
        var area = new AlarmArea(S.Submission!.Location.KelurahanCode is { } k ? [k] : [], S.Submission.Location.Latitude, S.Submission.Location.Longitude);
        var details = new Dictionary<string, string>
        {
            ["complaint"] = Id,
            ["category"] = S.Category,
            ["deadline"] = kind.ToString(),
            ["dueAt"] = city.ToCityTime(due).ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            ["opd"] = S.OpdCode ?? "",
        };
        var summary = kind == DeadlineKind.FollowUp
            ? $"Pengaduan {Id}: tindak lanjut {who} lewat batas waktu"
            : $"Pengaduan {Id}: verifikasi lewat batas waktu";
        return GrainFactory.GetGrain<IAlarmGrain>(AlarmKeys.For(source, OverdueType)).RaiseAsync(new AlarmRaise(
            source, OverdueType, AlarmSeverity.Major, summary, details, area, "complaints:overdue:" + (S.OpdCode ?? "center"), now,
            $"Pengaduan lewat batas waktu ({who})",
            AlarmTexts.ComplaintOverdue, [Id, kind == DeadlineKind.FollowUp ? "FollowUp" : "Verification", S.OpdCode ?? ""],
            IncidentTitles.ComplaintOverdue, [kind == DeadlineKind.FollowUp ? S.OpdCode ?? "" : ""]));
    }

    public const string OverdueType = "deadline_missed";

    private async Task ClearAlarmIfSettledAsync()
    {
        if (!S.AlarmActive || S.AlarmRaisedFor == S.DeadlineAt)
        {
            return;
        }

        await GrainFactory.GetGrain<IAlarmGrain>(AlarmKeys.For("complaint:" + Id, OverdueType))
            .ClearAsync(time.GetUtcNow(), AlarmTexts.ClearedDeadlineSettled);
        S.AlarmActive = false;
        await state.WriteStateAsync();
    }

    private void ScheduleReactions(string kind)
    {
        reactionTimer?.Dispose();
        reactionTimer = this.RegisterGrainTimer(async () =>
        {
            reactionTimer?.Dispose();
            reactionTimer = null;
            try
            {
                await ClearAlarmIfSettledAsync();
                if (S.IncidentPending)
                {
                    await ArmClockAsync(); // the clock retries the incident report if the call below fails
                    await ReportToIncidentsAsync();
                }

                await AmbonCC.Live.LiveStreams.For(this, LiveStreamIds.Complaints)
                    .OnNextAsync(new ComplaintChange(Id, kind, S.Status, time.GetUtcNow(), ComplaintViews.Summary(Id, S)));
            }
            catch (Exception ex)
            {
                // The clock retries the alarm; a lost live event only delays a screen until its next refresh.
                logger.LogWarning(ex, "Complaint {Id}: reaction to {Kind} failed", Id, kind);
            }
        }, new GrainTimerCreationOptions(TimeSpan.Zero, Timeout.InfiniteTimeSpan));
    }
}
