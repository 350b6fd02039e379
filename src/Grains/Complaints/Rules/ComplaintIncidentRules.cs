using AmbonCC.Incidents;
using AmbonCC.Platform;

namespace AmbonCC.Complaints.Rules;

/// <summary>
/// Which complaints are field trouble the incident queue should see: floods and blocked drains, damaged roads,
/// garbage. Such a complaint at a known kelurahan raises an alarm whose correlation key is the kelurahan and the
/// kind of trouble, so it joins the open incident of that key (a gauge's flood there) instead of a case of its own.
/// </summary>
/// <remarks>
/// The alarm type says the kind of trouble (<c>flood_report</c>, <c>waste_report</c>, <c>road_report</c>), so the
/// incidents' family table joins it with a gauge's or a camera's signal in the same kelurahan and window.
/// </remarks>
internal static class ComplaintIncidentRules
{
    /// <summary>The one type complaints raised before the kind of trouble was the type; cleared like the others.</summary>
    public const string LegacyAlarmType = "citizen_report";

    /// <summary>Every alarm type a complaint may have raised.</summary>
    public static readonly IReadOnlyList<string> AlarmTypes =
        [IncidentTypes.FloodReportAlarm, IncidentTypes.WasteReportAlarm, IncidentTypes.RoadReportAlarm, LegacyAlarmType];

    /// <summary>The alarm type of a complaint's category, or null when it is no incident matter.</summary>
    public static string? AlarmType(string category) => Topic(category) switch
    {
        "flood" => IncidentTypes.FloodReportAlarm,
        "waste" => IncidentTypes.WasteReportAlarm,
        "road" => IncidentTypes.RoadReportAlarm,
        _ => null,
    };

    public static string? Topic(string category) => category switch
    {
        "banjir" or "drainase" => "flood",
        "jalan" => "road",
        "sampah" => "waste",
        _ => null,
    };

    /// <summary>The correlation key, or null when the complaint is no incident matter or its kelurahan is unknown.</summary>
    public static string? CorrelationKey(string category, string? kelurahanCode) =>
        Topic(category) is { } topic && !string.IsNullOrWhiteSpace(kelurahanCode) ? SubjectKeys.KelurahanTopic(kelurahanCode, topic) : null;
}
