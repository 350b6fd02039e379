using System.Text;
using System.Xml.Linq;

namespace AmbonCC.Warnings.Cap;

/// <summary>
/// Writes and reads CAP 1.2 XML. Elements are written in the order the CAP 1.2 schema's sequences require;
/// absent optional elements are left out rather than written empty.
/// </summary>
public static partial class CapXml
{
    private static readonly XNamespace Ns = CapFormat.Namespace;

    /// <summary>The alert as an XML document in the CAP 1.2 namespace.</summary>
    public static XDocument Write(CapAlert alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        var root = new XElement(Ns + "alert",
            El("identifier", alert.Identifier),
            El("sender", alert.Sender),
            El("sent", CapFormat.DateTime(alert.Sent)),
            El("status", alert.Status.ToString()),
            El("msgType", alert.MsgType.ToString()),
            El("source", alert.Source),
            El("scope", alert.Scope.ToString()),
            El("restriction", alert.Restriction),
            El("addresses", alert.Addresses),
            alert.Codes.Select(c => El("code", c)),
            El("note", alert.Note),
            El("references", alert.References.Count == 0 ? null : CapFormat.References(alert.References)),
            El("incidents", alert.Incidents),
            alert.Infos.Select(WriteInfo));
        return new XDocument(new XDeclaration("1.0", "utf-8", null), root);
    }

    /// <summary>The alert as UTF-8 XML text with its declaration, ready to serve as application/cap+xml.</summary>
    public static string WriteString(CapAlert alert)
    {
        using var writer = new Utf8StringWriter();
        Write(alert).Save(writer);
        return writer.ToString();
    }

    private static XElement WriteInfo(CapInfo info) => new(Ns + "info",
        El("language", info.Language),
        info.Categories.Select(c => El("category", c.ToString())),
        El("event", info.Event),
        info.ResponseTypes.Select(r => El("responseType", r.ToString())),
        El("urgency", info.Urgency.ToString()),
        El("severity", info.Severity.ToString()),
        El("certainty", info.Certainty.ToString()),
        El("audience", info.Audience),
        info.EventCodes.Select(v => Pair("eventCode", v)),
        El("effective", Time(info.Effective)),
        El("onset", Time(info.Onset)),
        El("expires", Time(info.Expires)),
        El("senderName", info.SenderName),
        El("headline", info.Headline),
        El("description", info.Description),
        El("instruction", info.Instruction),
        El("web", info.Web),
        El("contact", info.Contact),
        info.Parameters.Select(v => Pair("parameter", v)),
        info.Areas.Select(WriteArea));

    private static XElement WriteArea(CapArea area) => new(Ns + "area",
        El("areaDesc", area.AreaDesc),
        area.Polygons.Select(p => El("polygon", CapFormat.Polygon(p))),
        area.Circles.Select(c => El("circle", CapFormat.Circle(c))),
        area.Geocodes.Select(v => Pair("geocode", v)),
        El("altitude", area.Altitude is { } alt ? CapFormat.Number(alt) : null),
        El("ceiling", area.Ceiling is { } ceiling ? CapFormat.Number(ceiling) : null));

    private static XElement Pair(string name, CapValue value) =>
        new(Ns + name, El("valueName", value.ValueName), El("value", value.Value));

    // Null content means "absent": XElement constructors skip null children.
    private static XElement? El(string name, string? value) => value is null ? null : new XElement(Ns + name, value);

    private static string? Time(DateTimeOffset? value) => value is { } v ? CapFormat.DateTime(v) : null;

    private sealed class Utf8StringWriter : StringWriter
    {
        public Utf8StringWriter()
            : base(System.Globalization.CultureInfo.InvariantCulture)
        {
        }

        public override Encoding Encoding => new UTF8Encoding(false);
    }
}
