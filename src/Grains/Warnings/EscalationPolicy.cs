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

    /// <summary>Roles expected to acknowledge.</summary>
    public static bool MustAcknowledge(string role) => role is RtHead or Lurah or Bpbd;

    /// <summary>
    /// Recipients who were told at least <paramref name="timeout"/> ago (counted from sending, or queuing when the
    /// gateway never confirmed) and have neither acknowledged nor been escalated yet.
    /// </summary>
    public static bool IsOverdue(string role, DeliveryState state, bool escalated, DateTimeOffset queuedAt, DateTimeOffset? sentAt, DateTimeOffset now, TimeSpan timeout) =>
        MustAcknowledge(role) && !escalated && state != DeliveryState.Acknowledged && (sentAt ?? queuedAt) + timeout <= now;

    /// <summary>The roles told next when <paramref name="role"/> stays silent.</summary>
    public static IReadOnlyList<string> NextRoles(string role) => role switch
    {
        RtHead => [Lurah, Bpbd],
        Lurah or Bpbd => [Supervisor],
        _ => [],
    };

    /// <summary>Great-circle distance in km, to pick the nearest BPBD officer.</summary>
    public static double DistanceKm(double lat1, double lon1, double lat2, double lon2)
    {
        const double EarthRadiusKm = 6371.0;
        static double Rad(double deg) => deg * Math.PI / 180;
        var dLat = Rad(lat2 - lat1);
        var dLon = Rad(lon2 - lon1);
        var a = Math.Sin(dLat / 2) * Math.Sin(dLat / 2) + Math.Cos(Rad(lat1)) * Math.Cos(Rad(lat2)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2);
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }
}
