namespace AmbonCC.Incidents;

/// <summary>
/// The escalation clock: a reminder (durable, it survives restarts) checks an unacknowledged incident; the rules
/// (<see cref="EscalationRules"/>) decide. The reminder is dropped once someone acknowledges or it closes.
/// </summary>
internal sealed partial class IncidentGrain
{
    private const string EscalationReminder = "escalation";

    public Task ReceiveReminder(string reminderName, TickStatus status) => CheckEscalationAsync();

    public async Task<IncidentView?> CheckEscalationAsync()
    {
        if (state.State.Opening is null)
        {
            await KeepReminderAsync();
            return null;
        }

        var now = time.GetUtcNow();
        var step = EscalationRules.Next(state.State.Status, Handling, now, options.Value);
        if (step == EscalationStep.None)
        {
            await KeepReminderAsync();
            return View();
        }

        var before = Handling;
        state.State.Handling = EscalationRules.Apply(before, step, now);
        var minutes = Minutes(now - before.UnacknowledgedSince);
        state.State.Append(step == EscalationStep.Escalate
            ? TimelineEntry.Coded(now, "escalated", SystemActor, TimelineCodes.Escalated, nameof(EscalationTier.Supervisor), minutes, "")
            : TimelineEntry.Coded(now, "reminder", SystemActor, TimelineCodes.Reminder, Handling.RemindersSent.ToString(System.Globalization.CultureInfo.InvariantCulture), minutes), null);
        await SaveAsync(step == EscalationStep.Escalate ? "escalated" : "reminder");
        return View();
    }

    /// <summary>Registers the reminder while the clock must run, and drops it when it need not.</summary>
    private async Task KeepReminderAsync()
    {
        var watching = state.State.Opening is not null && EscalationRules.Watching(state.State.Status, Handling);
        if (watching == state.State.ReminderOn)
        {
            return;
        }

        if (watching)
        {
            var period = options.Value.CheckEvery;
            await this.RegisterOrUpdateReminder(EscalationReminder, period, period);
        }
        else if (await this.GetReminder(EscalationReminder) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }

        state.State.ReminderOn = watching;
        await WriteAsync();
    }
}
