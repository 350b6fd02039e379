namespace AmbonCC.Warnings;

/// <summary>
/// Codes of warning timeline entries (<see cref="WarningTimelineEntry.Code"/>); screens render them in the reader's
/// language. The comment lists the arguments in order; a Siaga level is passed as its enum name (e.g. <c>Siaga2</c>).
/// </summary>
public static class WarningNotes
{
    /// <summary>[gauge name, Siaga level]</summary>
    public const string OpenedAutomatically = "warning.opened-auto";

    /// <summary>[gauge name, Siaga level]</summary>
    public const string DraftAwaitsApproval = "warning.draft";

    /// <summary>No arguments.</summary>
    public const string DraftWithdrawn = "warning.draft-withdrawn";

    /// <summary>No arguments.</summary>
    public const string CancelProposed = "warning.cancel-proposed";

    /// <summary>[Siaga level]</summary>
    public const string UpdateProposed = "warning.update-proposed";

    /// <summary>[CAP msgType, reason]</summary>
    public const string ProposalRejected = "warning.rejected";

    /// <summary>[reason]</summary>
    public const string CancelledBySupervisor = "warning.cancelled";

    /// <summary>[recipient name, minutes waited, escalated-to names joined by ", " (empty: nobody to escalate to)]</summary>
    public const string Escalated = "warning.escalated";

    /// <summary>[CAP msgType, message number, Siaga level, level cm]</summary>
    public const string Published = "warning.published";

    /// <summary>[number of messages]</summary>
    public const string MessagesQueued = "warning.queued";

    /// <summary>[recipient name]</summary>
    public const string Acknowledged = "warning.acknowledged";

    /// <summary>The actor of entries the system writes by itself.</summary>
    public const string SystemActor = "system";
}
