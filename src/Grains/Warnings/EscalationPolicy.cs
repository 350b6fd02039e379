namespace AmbonCC.Warnings;

/// <summary>
/// Who must acknowledge a warning and who is told when they do not: RT head → the lurah and the nearest BPBD
/// officer; an unacknowledged lurah or BPBD officer → the Supervisor on duty.
/// </summary>
public static class EscalationPolicy
{
    public const string RtHead = "rt";
    public const string Lurah = "lurah";
    public const string Bpbd = "bpbd";
    public const string Social = "social";
    public const string Supervisor = "supervisor";
    public const string PublicPostId = "public-post";
    public const string SupervisorId = "supervisor-on-duty";

    /// <summary>The Supervisor's "channel": the command center's screen, not a gateway.</summary>
    public const string ConsoleChannel = "console";

    /// <summary>Roles expected to acknowledge.</summary>
    public static bool MustAcknowledge(string role) => role is RtHead or Lurah or Bpbd;

    /// <summary>
    /// Recipients who were told at least <paramref name="timeout"/> ago (counted from sending, or queuing when the
    /// gateway never confirmed) and have neither acknowledged nor been escalated yet. One who has no channel can
    /// never be told, so waiting would only lose time: they are overdue at once.
    /// </summary>
    public static bool IsOverdue(string role, DeliveryState state, bool escalated, DateTimeOffset queuedAt, DateTimeOffset? sentAt, DateTimeOffset now, TimeSpan timeout) =>
        MustAcknowledge(role) && !escalated && state != DeliveryState.Acknowledged
        && (state == DeliveryState.NoChannel || (sentAt ?? queuedAt) + timeout <= now);

    /// <summary>The roles told next when <paramref name="role"/> stays silent.</summary>
    public static IReadOnlyList<string> NextRoles(string role) => role switch
    {
        RtHead => [Lurah, Bpbd],
        Lurah or Bpbd => [Supervisor],
        _ => [],
    };
}
