namespace AmbonCC.Complaints.Rules;

/// <summary>SP4N-LAPOR's clocks: verify in 3 working days, OPD follow-up in 5, auto-close 10 after an unanswered response.</summary>
public sealed class ComplaintDeadlines(WorkingDayCalendar calendar)
{
    public const int VerificationDays = 3;
    public const int FollowUpDays = 5;
    public const int AutoCloseDays = 10;

    public WorkingDayCalendar Calendar => calendar;

    /// <summary>The clock a status starts at <paramref name="since"/>; null when nobody owes a step.</summary>
    public (DeadlineKind Kind, DateTimeOffset DueAt)? For(ComplaintStatus status, DateTimeOffset since) => status switch
    {
        ComplaintStatus.Received or ComplaintStatus.Postponed or ComplaintStatus.Reopened => (DeadlineKind.Verification, calendar.Deadline(since, VerificationDays)),
        ComplaintStatus.Dispatched => (DeadlineKind.FollowUp, calendar.Deadline(since, FollowUpDays)),
        ComplaintStatus.Responded => (DeadlineKind.AutoClose, calendar.Deadline(since, AutoCloseDays)),
        _ => null,
    };

    /// <summary>A deadline is missed once its instant has come (an auto-close is not "missed": it closes).</summary>
    public static bool IsOverdue(DeadlineKind kind, DateTimeOffset dueAt, DateTimeOffset now) =>
        kind != DeadlineKind.AutoClose && now >= dueAt;
}
