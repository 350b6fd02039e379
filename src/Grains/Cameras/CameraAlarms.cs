using System.Globalization;
using AmbonCC.City;
using AmbonCC.Incidents;

namespace AmbonCC.Cameras;

/// <summary>
/// Alarms of a camera: health conditions share one incident per camera (a device problem); each relevant
/// analytics label has its own, except a river camera's flood water, which joins the river's flood incident
/// (the same correlation key the river's gauges use).
/// </summary>
internal static class CameraAlarms
{
    public const string OfflineType = "offline";
    public const string FrozenType = "frozen";
    public const string NotRecordingType = "not_recording";
    public const string FloodWaterLabel = "flood_water";

    public static string Source(CameraProfile p) => "camera:" + p.Code;

    public static CameraReaction ForCondition(CameraProfile p, ConditionChange change)
    {
        var type = change.Condition switch
        {
            CameraConditions.Offline => OfflineType,
            CameraConditions.Frozen => FrozenType,
            _ => NotRecordingType,
        };
        if (!change.Raised)
        {
            return new CameraReaction(type, null, AlarmTexts.ClearedCameraBack, change.At);
        }

        var (severity, text) = change.Condition switch
        {
            CameraConditions.Offline => (AlarmSeverity.Major, "tidak mengirim heartbeat (offline)"),
            CameraConditions.Frozen => (AlarmSeverity.Major, "gambar beku (frozen)"),
            _ => (AlarmSeverity.Minor, "tidak merekam"),
        };
        // The text stays as the fallback of readers that know no codes; screens render the codes per language.
        var raise = new AlarmRaise(Source(p), type, severity, $"{p.Name}: {text}", Details(p), Area(p), Source(p), change.At,
            $"Gangguan kamera {p.Name}", AlarmTexts.CameraCondition, [p.Name, type], IncidentTitles.CameraFault, [p.Name]);
        return new CameraReaction(type, raise, null, change.At);
    }

    public static CameraReaction ForEvent(CameraProfile p, CameraEvent e, DateTimeOffset at)
    {
        var floodOfRiver = p.Category == CameraCategory.River && e.Label == FloodWaterLabel;
        var details = Details(p);
        details["event"] = e.Id;
        details["label"] = e.Label;
        details["score"] = e.Score.ToString("0.##", CultureInfo.InvariantCulture);
        details["zones"] = string.Join(",", e.Zones);
        var score = e.Score.ToString("0.00", CultureInfo.InvariantCulture);
        var raise = new AlarmRaise(Source(p), e.Label, Severity(e.Label),
            $"{p.Name}: {LabelText(e.Label)} (skor {score})", details, Area(p),
            floodOfRiver ? "river:" + p.SiteName : $"{Source(p)}:{e.Label}", at,
            floodOfRiver ? $"Banjir {p.SiteName}" : $"{LabelText(e.Label)} – {p.Name}",
            AlarmTexts.CameraEvent, [p.Name, e.Label, score],
            floodOfRiver ? IncidentTitles.FloodRiver : IncidentTitles.CameraEvent,
            floodOfRiver ? [p.SiteName] : [e.Label, p.Name]);
        return new CameraReaction(e.Label, raise, null, at);
    }

    public static CameraReaction EventEnded(CameraEvent e, DateTimeOffset at) =>
        new(e.Label, null, AlarmTexts.ClearedEventEnded, at);

    public static string LabelText(string label) => label switch
    {
        "traffic_jam" => "Kemacetan",
        FloodWaterLabel => "Genangan/banjir",
        "garbage_overflow" => "Sampah meluap",
        "illegal_dumping" => "Pembuangan sampah liar",
        "crowd" => "Kerumunan",
        "accident" => "Kecelakaan",
        _ => label,
    };

    private static AlarmSeverity Severity(string label) => label switch
    {
        FloodWaterLabel or "accident" => AlarmSeverity.Major,
        _ => AlarmSeverity.Minor,
    };

    private static AlarmArea Area(CameraProfile p) => new([p.KelurahanCode], p.Latitude, p.Longitude);

    private static Dictionary<string, string> Details(CameraProfile p) => new()
    {
        ["camera"] = p.Code,
        ["category"] = p.Category.ToString(),
        ["site"] = p.SiteName,
    };
}
