using AmbonCC.Cameras;
using AmbonCC.Complaints;
using AmbonCC.Incidents;
using AmbonCC.RiverGauges;
using AmbonCC.TaxTerminals;

namespace AmbonCC.Web.Map;

/// <summary>State → tone → colour, per layer. Explicit switches: a new enum value must be placed on purpose.</summary>
public static class MapStyle
{
    /// <summary>How long a terminal may stay red before its outlet is a case for the field team (issue: "red 3+ days").</summary>
    public static readonly TimeSpan LongRed = TimeSpan.FromDays(3);

    public static string Colour(MapTone tone) => tone switch
    {
        MapTone.Normal => "#2e7d32",
        MapTone.Watch => "#f9a825",
        MapTone.Warning => "#ef6c00",
        MapTone.Danger => "#c62828",
        _ => "#757575",
    };

    public static string Name(MapTone tone) => tone switch
    {
        MapTone.Normal => "normal",
        MapTone.Watch => "watch",
        MapTone.Warning => "warning",
        MapTone.Danger => "danger",
        _ => "unknown",
    };

    public static MapTone Camera(CameraHealth health) => health switch
    {
        CameraHealth.Online => MapTone.Normal,
        CameraHealth.NotRecording => MapTone.Watch,
        CameraHealth.Frozen => MapTone.Danger,
        CameraHealth.Offline => MapTone.Danger,
        _ => MapTone.Unknown,
    };

    /// <summary>A stale gauge says nothing about the river: grey, whatever its last band was.</summary>
    public static MapTone Gauge(SiagaLevel band, bool stale) => stale ? MapTone.Unknown : band switch
    {
        SiagaLevel.Siaga4 => MapTone.Normal,
        SiagaLevel.Siaga3 => MapTone.Watch,
        SiagaLevel.Siaga2 => MapTone.Warning,
        SiagaLevel.Siaga1 => MapTone.Danger,
        _ => MapTone.Unknown,
    };

    public static bool IsLongRed(TerminalStatus t, DateTimeOffset now) => IsLongRed(t, now, LongRed);

    /// <summary>Red for <paramref name="after"/> or longer: the same test as the tax register's "red 3+ days" figure.</summary>
    public static bool IsLongRed(TerminalStatus t, DateTimeOffset now, TimeSpan after) =>
        t.Health == TerminalHealth.Red && t.RedSince is { } since && now - since >= after;

    /// <summary>A kelurahan's terminals: red for 3+ days anywhere → danger, any red → warning, none known → unknown.</summary>
    public static MapTone Terminals(IReadOnlyCollection<TerminalStatus> terminals, DateTimeOffset now) => Terminals(terminals, now, LongRed);

    public static MapTone Terminals(IReadOnlyCollection<TerminalStatus> terminals, DateTimeOffset now, TimeSpan longRed) =>
        terminals.Any(t => IsLongRed(t, now, longRed)) ? MapTone.Danger
        : terminals.Any(t => t.Health == TerminalHealth.Red) ? MapTone.Warning
        : terminals.Any(t => t.Health == TerminalHealth.Green) ? MapTone.Normal
        : MapTone.Unknown;

    /// <summary>Overdue first; then who owes the next step: the center (warning), an OPD (watch), the reporter (normal).</summary>
    public static MapTone Complaint(ComplaintStatus status, bool overdue) => overdue ? MapTone.Danger : status switch
    {
        ComplaintStatus.Received or ComplaintStatus.Reopened => MapTone.Warning,
        ComplaintStatus.Verified or ComplaintStatus.Dispatched or ComplaintStatus.FollowedUp => MapTone.Watch,
        ComplaintStatus.Responded => MapTone.Normal,
        _ => MapTone.Unknown,
    };

    /// <summary>The severity's resource name; explicit because Warning and its old name Info share a value.</summary>
    public static string SeverityName(AlarmSeverity severity) => severity switch
    {
        AlarmSeverity.Critical => "Critical",
        AlarmSeverity.Major => "Major",
        AlarmSeverity.Minor => "Minor",
        _ => "Warning",
    };

    public static MapTone Incident(AlarmSeverity severity) => severity switch
    {
        AlarmSeverity.Critical => MapTone.Danger,
        AlarmSeverity.Major => MapTone.Warning,
        AlarmSeverity.Minor => MapTone.Watch,
        AlarmSeverity.Warning => MapTone.Normal,
        _ => MapTone.Unknown,
    };
}
