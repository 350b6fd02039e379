using AmbonCC.Platform;

namespace AmbonCC.Complaints.Rules;

/// <summary>
/// Which complaints are field trouble the incident queue should see: floods and blocked drains, damaged roads,
/// garbage. Such a complaint at a known kelurahan raises an alarm whose correlation key is the kelurahan and the
/// kind of trouble, so it joins the open incident of that key (a gauge's flood there) instead of a case of its own.
/// </summary>
internal static class ComplaintIncidentRules
{
    public const string AlarmType = "citizen_report";

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
