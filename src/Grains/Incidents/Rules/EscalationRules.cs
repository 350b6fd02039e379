namespace AmbonCC.Incidents;

/// <summary>What the escalation clock says to do now.</summary>
internal enum EscalationStep
{
    None,
    Escalate,
    Remind,
}

/// <summary>
/// An unacknowledged incident goes from the Operator tier to the Supervisor after <see cref="IncidentOptions.EscalateAfter"/>,
/// then reminds every <see cref="IncidentOptions.RemindEvery"/> until someone acknowledges it.
/// </summary>
internal static class EscalationRules
{
    /// <summary>True while the clock runs: open and nobody has taken it on.</summary>
    public static bool Watching(IncidentStatus status, IncidentHandling h) =>
        status == IncidentStatus.Open && h.AcknowledgedBy is null;

    public static EscalationStep Next(IncidentStatus status, IncidentHandling h, DateTimeOffset now, IncidentOptions o)
    {
        if (!Watching(status, h))
        {
            return EscalationStep.None;
        }

        if (h.Tier == EscalationTier.Operator)
        {
            return now - h.UnacknowledgedSince >= o.EscalateAfter ? EscalationStep.Escalate : EscalationStep.None;
        }

        var last = Latest(h.LastReminderAt, h.EscalatedAt, h.UnacknowledgedSince);
        return now - last >= o.RemindEvery ? EscalationStep.Remind : EscalationStep.None;
    }

    /// <summary>The handling after <paramref name="step"/> happened at <paramref name="now"/>.</summary>
    public static IncidentHandling Apply(IncidentHandling h, EscalationStep step, DateTimeOffset now) => step switch
    {
        EscalationStep.Escalate => h with { Tier = EscalationTier.Supervisor, EscalatedAt = now },
        EscalationStep.Remind => h with { RemindersSent = h.RemindersSent + 1, LastReminderAt = now },
        _ => h,
    };

    /// <summary>A new unacknowledged signal: the acknowledgement no longer holds and the clock starts again (the tier stays).</summary>
    public static IncidentHandling Unacknowledged(IncidentHandling h, DateTimeOffset now) =>
        h.AcknowledgedBy is null ? h : h with { AcknowledgedBy = null, AcknowledgedAt = null, UnacknowledgedSince = now, RemindersSent = 0, LastReminderAt = null };

    public static IncidentHandling Acknowledged(IncidentHandling h, string user, DateTimeOffset now) =>
        h.AcknowledgedBy is not null ? h : h with { AcknowledgedBy = user, AcknowledgedAt = now };

    public static IncidentHandling Fresh(DateTimeOffset now) =>
        new(null, null, null, EscalationTier.Operator, null, now, 0, null, null);

    private static DateTimeOffset Latest(params DateTimeOffset?[] times) => times.Where(t => t is not null).Max()!.Value;
}
