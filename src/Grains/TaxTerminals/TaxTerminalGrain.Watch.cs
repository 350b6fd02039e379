using System.Globalization;
using AmbonCC.Platform;
using Microsoft.Extensions.Logging;

namespace AmbonCC.TaxTerminals;

internal sealed partial class TaxTerminalGrain
{
    private const string Watch = "presence-watch";
    private static readonly TimeSpan AnnounceEvery = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan MinReminderPeriod = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan RowRefresh = TimeSpan.FromMinutes(15);
    private bool watchRegistered;
    private DateTime lastTurnoverCheck;
    private DateTimeOffset lastAnnounced;
    private IGrainTimer? announceTimer;

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName == Watch && state.State.Profile is not null)
        {
            await CheckAsync();
        }
    }

    /// <summary>The reminder wakes a terminal that has gone silent, so that silence itself turns it red.</summary>
    private async Task EnsureWatchAsync()
    {
        if (watchRegistered)
        {
            return;
        }

        // The reminder wakes a deactivated terminal (reminders tick at most once a minute); while active, a timer
        // looks as often as configured, so a short silence threshold (tests, a strict city) is honoured.
        // Each terminal ticks at its own phase of the period: terminals activated together (a silo start, a burst
        // of traffic) would otherwise all check at the same instant, every period, and stall the receipts queued
        // behind them.
        var period = Rules.WatchPeriod;
        var reminderPeriod = period < MinReminderPeriod ? MinReminderPeriod : period;
        await this.RegisterOrUpdateReminder(Watch, MinReminderPeriod + reminderPeriod * Random.Shared.NextDouble(), reminderPeriod);
        if (period < reminderPeriod)
        {
            this.RegisterGrainTimer(CheckAsync, new GrainTimerCreationOptions(period, period));
        }

        watchRegistered = true;
    }

    /// <summary>Presence, the 3-days-red rule and today's turnover against the baseline and the peers.</summary>
    internal async Task CheckAsync()
    {
        var now = time.GetUtcNow();
        var profile = state.State.Profile!;
        var wasRed = state.State.RedSince is not null;
        // Configured hours win; an outlet registered without them is judged by the hours its receipts show.
        var week = profile.OpeningHours.IsDefaultOrEmpty ? OpeningHoursLearner.Learn(state.State.Hours, clock.DayOf(now)) : profile.OpeningHours;
        if (!wasRed && PresenceRules.RedSince(week, state.State.LastSeenAt, now, Rules, clock) is { } red)
        {
            state.State.RedSince = red;
            Pend(PresenceRules.DeviceOff(Serial, state.State.LastSeenAt, red, now, clock));
        }
        else if (PresenceRules.StillRed(Serial, state.State.RedSince, null, now, Rules, clock) is { } stillRed)
        {
            Pend(stillRed);
        }

        await CheckTurnoverAsync(profile, now);
        if (state.State.PendingFindings.Count > 0 || wasRed != (state.State.RedSince is not null))
        {
            await TrySnapshotAsync(now);
            ScheduleAnnounce(force: true);
            ScheduleReactions(TimeSpan.Zero);
        }
        else if (now - lastAnnounced >= RowRefresh)
        {
            // Keeps the register's row current across a day or month boundary and after a register crash.
            ScheduleAnnounce(force: false);
        }
    }

    /// <summary>Once an hour: the opening hours completed today against the same hours of the same weekday.</summary>
    private async Task CheckTurnoverAsync(City.RestaurantProfile profile, DateTimeOffset now)
    {
        var local = clock.ToCityTime(now);
        var hourKey = clock.HourOf(now);
        if (hourKey == lastTurnoverCheck || profile.HoursOn(local.DayOfWeek) is not { } hours)
        {
            return;
        }

        lastTurnoverCheck = hourKey;
        var day = clock.DayOf(now);
        var from = hours.Opens.Hour;
        var to = hours.Closes > hours.Opens ? Math.Min(local.Hour, hours.Closes.Hour) : local.Hour;
        if (to - from < 3)
        {
            return;
        }

        var baseline = TurnoverRules.Baseline(state.State.Hours, day, from, to, Rules);
        var actual = TurnoverRules.Actual(state.State.Hours, day, from, to);
        if (TurnoverRules.BelowBaseline(Serial, day, actual, baseline, now, Rules) is { } below)
        {
            Pend(below);
        }

        if (baseline is not { } b || b < Rules.MinBaselineRupiah)
        {
            return;
        }

        var ratio = (double)(actual / b);
        try
        {
            var kecamatan = profile.KelurahanCode.Length >= 8 ? profile.KelurahanCode[..8] : profile.KelurahanCode;
            var peers = await GrainFactory.GetGrain<ITaxPeerGroupGrain>($"{kecamatan}|{profile.Kind}").ReportAsync(Serial, day, ratio);
            if (TurnoverRules.BelowPeers(Serial, day, ratio, [.. peers], now, Rules) is { } belowPeers)
            {
                Pend(belowPeers);
            }
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Terminal {Serial}: peer comparison failed; retried next hour", Serial);
        }
    }

    /// <summary>Receipts acknowledged after the last snapshot are in the ledger: add them to the figures again.</summary>
    private async Task ReplayFromLedgerAsync(CancellationToken cancellationToken)
    {
        const int Page = 5000;
        var replayed = 0;
        // In pages until caught up: a busy terminal may have acknowledged more than one page since its snapshot.
        while (state.State.LastReceiptNo is { } last)
        {
            var rows = await ledger.ReadAfterAsync(Serial, last, Page, cancellationToken);
            if (rows.Count > 0)
            {
                Apply([.. rows.Select(r => r.Row.Transaction)], time.GetUtcNow());
                replayed += rows.Count;
            }

            if (rows.Count < Page || state.State.LastReceiptNo == last)
            {
                break;
            }
        }

        if (replayed > 0)
        {
            logger.LogInformation("Terminal {Serial}: rebuilt {Count} receipt(s) from the ledger after activation", Serial, replayed);
            await state.WriteStateAsync(cancellationToken);
        }
    }

    /// <summary>
    /// The terminal's row goes to the city's tax register (which puts it on the live stream) on a timer of its own
    /// turn, after the call that changed it answered: at most one row per <see cref="AnnounceEvery"/> unless the
    /// health changed (<paramref name="force"/>), and always the newest status when the timer fires.
    /// </summary>
    private void ScheduleAnnounce(bool force)
    {
        var now = time.GetUtcNow();
        var due = force ? TimeSpan.Zero : lastAnnounced + AnnounceEvery - now;
        due = due < TimeSpan.Zero ? TimeSpan.Zero : due;
        if (announceTimer is null)
        {
            announceTimer = this.RegisterGrainTimer(AnnounceAsync, new GrainTimerCreationOptions(due, Timeout.InfiniteTimeSpan));
        }
        else if (force)
        {
            announceTimer.Change(TimeSpan.Zero, Timeout.InfiniteTimeSpan);
        }
    }

    private async Task AnnounceAsync()
    {
        announceTimer?.Dispose();
        announceTimer = null;
        var now = time.GetUtcNow();
        lastAnnounced = now;
        try
        {
            var status = Status(now);
            await TaxRegisters.For(GrainFactory, status.KelurahanCode).ReportTerminalAsync(new TerminalStatusChanged(status, now));
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Terminal {Serial}: reporting to the tax register failed; the next change reports again", Serial);
        }
    }
}
