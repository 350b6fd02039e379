namespace AmbonCC.Complaints.Rules;

/// <summary>
/// The SP4N-LAPOR state machine: received → verified / postponed / not our authority / archived (the center) →
/// dispatched (to one OPD) → followed up (by the OPD) → responded (to the reporter) → closed by the reporter's
/// confirmation or automatically; a closed, rejected or archived complaint may be reopened.
/// </summary>
public static class ComplaintLifecycle
{
    private static readonly ComplaintStatus[] Undecided = [ComplaintStatus.Received, ComplaintStatus.Postponed, ComplaintStatus.Reopened];

    public static IReadOnlyList<ComplaintStatus> From(ComplaintAction action) => action switch
    {
        ComplaintAction.Verify => Undecided,
        ComplaintAction.Postpone => [ComplaintStatus.Received],
        ComplaintAction.NotOurAuthority or ComplaintAction.Archive => [.. Undecided, ComplaintStatus.Verified],
        ComplaintAction.Dispatch => [ComplaintStatus.Verified, ComplaintStatus.Reopened, ComplaintStatus.Dispatched],
        ComplaintAction.FollowUp => [ComplaintStatus.Dispatched, ComplaintStatus.FollowedUp],
        ComplaintAction.Respond => [ComplaintStatus.FollowedUp, ComplaintStatus.Responded],
        ComplaintAction.Confirm or ComplaintAction.AutoClose => [ComplaintStatus.Responded],
        ComplaintAction.Reopen => [ComplaintStatus.Closed, ComplaintStatus.Responded, ComplaintStatus.NotOurAuthority, ComplaintStatus.Archived],
        ComplaintAction.MergeInto => [.. Undecided, ComplaintStatus.Verified, ComplaintStatus.Dispatched],
        _ => [],
    };

    public static ComplaintStatus To(ComplaintAction action) => action switch
    {
        ComplaintAction.Verify => ComplaintStatus.Verified,
        ComplaintAction.Postpone => ComplaintStatus.Postponed,
        ComplaintAction.NotOurAuthority => ComplaintStatus.NotOurAuthority,
        ComplaintAction.Archive => ComplaintStatus.Archived,
        ComplaintAction.Dispatch => ComplaintStatus.Dispatched,
        ComplaintAction.FollowUp => ComplaintStatus.FollowedUp,
        ComplaintAction.Respond => ComplaintStatus.Responded,
        ComplaintAction.Confirm or ComplaintAction.AutoClose => ComplaintStatus.Closed,
        ComplaintAction.Reopen => ComplaintStatus.Reopened,
        ComplaintAction.MergeInto => ComplaintStatus.Merged,
        _ => throw new ArgumentOutOfRangeException(nameof(action)),
    };

    public static bool Allows(ComplaintStatus from, ComplaintAction action) => From(action).Contains(from);

    /// <summary>The next status, or an <see cref="InvalidOperationException"/> naming what is allowed.</summary>
    public static ComplaintStatus Next(ComplaintStatus from, ComplaintAction action) =>
        Allows(from, action)
            ? To(action)
            : throw new InvalidOperationException($"{action} is not allowed from {from} (only from {string.Join(", ", From(action))}).");

    /// <summary>Actions a screen may offer for a status.</summary>
    public static IReadOnlyList<ComplaintAction> Available(ComplaintStatus from) =>
        [.. Enum.GetValues<ComplaintAction>().Where(a => a != ComplaintAction.AutoClose && Allows(from, a))];
}
