using AmbonCC.Incidents;
using AmbonCC.Warnings;

namespace AmbonCC.Web.Localization;

/// <summary>
/// Resource keys of enum values, spelled out member by member: renaming a member breaks the build here instead of
/// showing a raw key on screen, and a test checks that every member has a key in both languages.
/// </summary>
public static class UiLabels
{
    /// <summary>The roles <see cref="Role"/> knows, for the test that each has a text.</summary>
    public static readonly IReadOnlyList<string> KnownRoles = ["rt", "lurah", "bpbd", "social", "supervisor"];

    /// <summary>Key in <see cref="Resources.IncidentsText"/>.</summary>
    public static string Severity(AlarmSeverity severity) => severity switch
    {
        AlarmSeverity.Warning => "SeverityWarning",
        AlarmSeverity.Minor => "SeverityMinor",
        AlarmSeverity.Major => "SeverityMajor",
        AlarmSeverity.Critical => "SeverityCritical",
        _ => throw Unmapped(severity),
    };

    /// <summary>Key in <see cref="Resources.IncidentsText"/>.</summary>
    public static string AlarmStatus(AlarmStatus status) => status switch
    {
        Incidents.AlarmStatus.ActiveUnacknowledged => "AlarmStatusActiveUnacknowledged",
        Incidents.AlarmStatus.ActiveAcknowledged => "AlarmStatusActiveAcknowledged",
        Incidents.AlarmStatus.ClearedUnacknowledged => "AlarmStatusClearedUnacknowledged",
        Incidents.AlarmStatus.ClearedAcknowledged => "AlarmStatusClearedAcknowledged",
        _ => throw Unmapped(status),
    };

    /// <summary>Key in <see cref="Resources.IncidentsText"/>.</summary>
    public static string LinkKind(IncidentLinkKind kind) => kind switch
    {
        IncidentLinkKind.Alarm => "LinkAlarm",
        IncidentLinkKind.Warning => "LinkWarning",
        IncidentLinkKind.Complaint => "LinkComplaint",
        IncidentLinkKind.Camera => "LinkCamera",
        IncidentLinkKind.Gauge => "LinkGauge",
        IncidentLinkKind.Terminal => "LinkTerminal",
        IncidentLinkKind.Incident => "LinkIncident",
        _ => throw Unmapped(kind),
    };

    /// <summary>Key in <see cref="Resources.IncidentsText"/>.</summary>
    public static string Tier(EscalationTier tier) => tier switch
    {
        EscalationTier.Operator => "TierOperator",
        EscalationTier.Supervisor => "TierSupervisor",
        _ => throw Unmapped(tier),
    };

    /// <summary>Key in <see cref="Resources.IncidentsText"/>.</summary>
    public static string IncidentStatus(IncidentStatus status) => status switch
    {
        Incidents.IncidentStatus.Open => "IncidentStatusOpen",
        Incidents.IncidentStatus.Closed => "IncidentStatusClosed",
        _ => throw Unmapped(status),
    };

    /// <summary>Key in <see cref="Resources.WarningsText"/>.</summary>
    public static string WarningState(WarningState state) => state switch
    {
        Warnings.WarningState.Draft => "WarningStateDraft",
        Warnings.WarningState.Active => "WarningStateActive",
        Warnings.WarningState.Cancelled => "WarningStateCancelled",
        Warnings.WarningState.Withdrawn => "WarningStateWithdrawn",
        _ => throw Unmapped(state),
    };

    /// <summary>Key in <see cref="Resources.WarningsText"/>.</summary>
    public static string Delivery(DeliveryState state) => state switch
    {
        DeliveryState.Queued => "DeliveryQueued",
        DeliveryState.Sent => "DeliverySent",
        DeliveryState.Delivered => "DeliveryDelivered",
        DeliveryState.Acknowledged => "DeliveryAcknowledged",
        DeliveryState.Failed => "DeliveryFailed",
        DeliveryState.NoChannel => "DeliveryNoChannel",
        _ => throw Unmapped(state),
    };

    /// <summary>Key in <see cref="Resources.WarningsText"/>.</summary>
    public static string Trend(FloodTrend trend) => trend switch
    {
        FloodTrend.Rising => "TrendRising",
        FloodTrend.Steady => "TrendSteady",
        FloodTrend.Falling => "TrendFalling",
        _ => throw Unmapped(trend),
    };

    /// <summary>Key in <see cref="Resources.WarningsText"/> of a recipient role, or null for a role we do not know.</summary>
    public static string? Role(string role) => role.ToLowerInvariant() switch
    {
        "rt" => "RoleRt",
        "lurah" => "RoleLurah",
        "bpbd" => "RoleBpbd",
        "social" => "RoleSocial",
        "supervisor" => "RoleSupervisor",
        _ => null,
    };

    private static ArgumentOutOfRangeException Unmapped<TEnum>(TEnum value) where TEnum : struct, Enum =>
        new(nameof(value), value, $"{typeof(TEnum).Name}.{value} has no text: add it to {nameof(UiLabels)}.");
}
