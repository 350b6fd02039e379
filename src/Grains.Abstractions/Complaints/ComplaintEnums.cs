namespace AmbonCC.Complaints;

/// <summary>Where an SP4N-LAPOR complaint stands. Values are stored by name in JSON and by number in grain state: append only.</summary>
public enum ComplaintStatus
{
    Received,
    Verified,
    Postponed,
    NotOurAuthority,
    Archived,
    Dispatched,
    FollowedUp,
    Responded,
    Closed,
    Reopened,
    Merged,
}

/// <summary>How a complaint reached the center.</summary>
public enum ComplaintChannel
{
    LiveChat,
    OpdWebsite,
    SocialMedia,
    Open311,
    Operator,
    Lapor,
}

/// <summary>The clock a complaint is on: who owes the next step, and by when.</summary>
public enum DeadlineKind
{
    /// <summary>The center verifies (or postpones, rejects, archives) within 3 working days of receipt.</summary>
    Verification,

    /// <summary>The OPD follows up within 5 working days of dispatch.</summary>
    FollowUp,

    /// <summary>A response the reporter leaves unanswered closes by itself after 10 working days.</summary>
    AutoClose,
}

/// <summary>Who wrote a chat line.</summary>
public enum ChatSide
{
    Reporter,
    Operator,
    Opd,
}

/// <summary>The actions a complaint takes and the status each one leads to.</summary>
public enum ComplaintAction
{
    Verify,
    Postpone,
    NotOurAuthority,
    Archive,
    Dispatch,
    FollowUp,
    Respond,
    Confirm,
    AutoClose,
    Reopen,
    MergeInto,
}
