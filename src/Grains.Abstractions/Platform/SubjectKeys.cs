namespace AmbonCC.Platform;

/// <summary>
/// The "kind:id" keys that name a thing across the system: alarm sources, incident correlation keys, API key
/// subjects. Built and split here only, so that producers and readers agree on the spelling.
/// </summary>
public static class SubjectKeys
{
    public const char Separator = ':';

    public const string GaugeKind = "gauge";
    public const string RiverKind = "river";
    public const string CameraKind = "camera";
    public const string OpdKind = "opd";
    public const string WarningKind = "warning";
    public const string GatewayKind = "gateway";
    public const string TerminalKind = "terminal";
    public const string KelurahanKind = "kelurahan";
    public const string ComplaintKind = "complaint";

    /// <summary>A river gauge (alarm source, device key subject): <c>gauge:PDA-BATUMERAH-1</c>.</summary>
    public static string Gauge(string code) => Build(GaugeKind, code);

    /// <summary>A river, the correlation key of its flood incident: <c>river:Wai Batu Merah</c>.</summary>
    public static string River(string name) => Build(RiverKind, name);

    public static string Camera(string code) => Build(CameraKind, code);

    /// <summary>An agency (OPD), the subject of its API key: <c>opd:DLH</c>.</summary>
    public static string Opd(string code) => Build(OpdKind, code);

    /// <summary>A flood warning as an alarm source: <c>warning:WRN-...</c>.</summary>
    public static string Warning(string id) => Build(WarningKind, id);

    /// <summary>An M-Post tax terminal (alarm source, device key subject): <c>terminal:MP-0001</c>.</summary>
    public static string Terminal(string serial) => Build(TerminalKind, serial);

    /// <summary>A citizen complaint as an alarm source: <c>complaint:AMB-2026-000123</c>.</summary>
    public static string Complaint(string id) => Build(ComplaintKind, id);

    /// <summary>
    /// A kind of trouble in one kelurahan, the correlation key that joins reports of it (a flood complaint and a gauge
    /// alarm of the same area): <c>kelurahan:81.71.03.1003:flood</c>.
    /// </summary>
    public static string KelurahanTopic(string kelurahanCode, string topic)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(topic);
        return Build(KelurahanKind, kelurahanCode) + Separator + topic;
    }

    /// <summary>Splits <c>kind:id</c>; null when there is no kind or no id.</summary>
    public static (string Kind, string Id)? Parse(string? subject)
    {
        var colon = subject?.IndexOf(Separator, StringComparison.Ordinal) ?? -1;
        if (colon <= 0 || colon == subject!.Length - 1)
        {
            return null;
        }

        return (subject[..colon], subject[(colon + 1)..]);
    }

    /// <summary>The id when <paramref name="subject"/> is of this kind, else null.</summary>
    public static string? IdOf(string? subject, string kind) =>
        Parse(subject) is { } p && string.Equals(p.Kind, kind, StringComparison.Ordinal) ? p.Id : null;

    private static string Build(string kind, string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        return kind + Separator + id;
    }
}
