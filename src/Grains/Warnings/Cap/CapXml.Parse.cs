using System.Xml;
using System.Xml.Linq;

namespace AmbonCC.Warnings.Cap;

public static partial class CapXml
{
    /// <summary>
    /// Reads a CAP 1.2 alert (e.g. a BMKG warning or our own). Throws <see cref="FormatException"/> naming the
    /// element when a required element is missing or a value is not one CAP allows. Unknown elements are
    /// ignored here; use <see cref="CapConformance"/> to judge a document strictly.
    /// </summary>
    public static CapAlert Parse(string xml)
    {
        ArgumentNullException.ThrowIfNull(xml);
        XDocument doc;
        try
        {
            // DTDs are refused: an alert from outside must not make us resolve entities.
            using var reader = XmlReader.Create(new StringReader(xml), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
            doc = XDocument.Load(reader);
        }
        catch (XmlException ex)
        {
            throw new FormatException($"Not well-formed XML: {ex.Message}", ex);
        }

        var a = doc.Root is { } root && root.Name == Ns + "alert" ? root
            : throw new FormatException($"The root element must be <alert> in namespace {CapFormat.Namespace}.");
        return new CapAlert
        {
            Identifier = Required(a, "identifier"),
            Sender = Required(a, "sender"),
            Sent = CapFormat.ParseDateTime(Required(a, "sent")),
            Status = Enum<CapStatus>(Required(a, "status"), "status"),
            MsgType = Enum<CapMsgType>(Required(a, "msgType"), "msgType"),
            Source = Optional(a, "source"),
            Scope = Enum<CapScope>(Required(a, "scope"), "scope"),
            Restriction = Optional(a, "restriction"),
            Addresses = Optional(a, "addresses"),
            Codes = a.Elements(Ns + "code").Select(e => e.Value).ToList(),
            Note = Optional(a, "note"),
            References = Optional(a, "references") is { } refs ? CapFormat.ParseReferences(refs) : [],
            Incidents = Optional(a, "incidents"),
            Infos = a.Elements(Ns + "info").Select(ParseInfo).ToList(),
        };
    }

    private static CapInfo ParseInfo(XElement i) => new()
    {
        Language = Optional(i, "language"),
        Categories = i.Elements(Ns + "category").Select(e => Enum<CapCategory>(e.Value, "category")).ToList() is { Count: > 0 } categories
            ? categories
            : throw new FormatException("<info> needs at least one <category>."),
        Event = Required(i, "event"),
        ResponseTypes = i.Elements(Ns + "responseType").Select(e => Enum<CapResponseType>(e.Value, "responseType")).ToList(),
        Urgency = Enum<CapUrgency>(Required(i, "urgency"), "urgency"),
        Severity = Enum<CapSeverity>(Required(i, "severity"), "severity"),
        Certainty = Enum<CapCertainty>(Required(i, "certainty"), "certainty"),
        Audience = Optional(i, "audience"),
        EventCodes = Pairs(i, "eventCode"),
        Effective = OptionalTime(i, "effective"),
        Onset = OptionalTime(i, "onset"),
        Expires = OptionalTime(i, "expires"),
        SenderName = Optional(i, "senderName"),
        Headline = Optional(i, "headline"),
        Description = Optional(i, "description"),
        Instruction = Optional(i, "instruction"),
        Web = Optional(i, "web"),
        Contact = Optional(i, "contact"),
        Parameters = Pairs(i, "parameter"),
        Areas = i.Elements(Ns + "area").Select(area => new CapArea
        {
            AreaDesc = Required(area, "areaDesc"),
            Polygons = area.Elements(Ns + "polygon").Select(e => CapFormat.ParsePolygon(e.Value)).ToList(),
            Circles = area.Elements(Ns + "circle").Select(e => CapFormat.ParseCircle(e.Value)).ToList(),
            Geocodes = Pairs(area, "geocode"),
            Altitude = Optional(area, "altitude") is { } alt ? CapFormat.ParseNumber(alt) : null,
            Ceiling = Optional(area, "ceiling") is { } ceiling ? CapFormat.ParseNumber(ceiling) : null,
        }).ToList(),
    };

    private static List<CapValue> Pairs(XElement parent, string name) =>
        parent.Elements(Ns + name).Select(e => new CapValue(Required(e, "valueName"), Required(e, "value"))).ToList();

    private static string Required(XElement parent, string name) =>
        Optional(parent, name) ?? throw new FormatException($"<{parent.Name.LocalName}> is missing <{name}>.");

    private static string? Optional(XElement parent, string name) => parent.Element(Ns + name)?.Value;

    private static DateTimeOffset? OptionalTime(XElement parent, string name) =>
        Optional(parent, name) is { } text ? CapFormat.ParseDateTime(text) : null;

    // Enum.TryParse would also accept "1" or "actual"; CAP values are exact, case-sensitive names.
    private static T Enum<T>(string text, string element)
        where T : struct, Enum =>
        System.Enum.GetNames<T>().Contains(text, StringComparer.Ordinal) ? System.Enum.Parse<T>(text)
            : throw new FormatException($"<{element}> '{text}' is not one of {string.Join(", ", System.Enum.GetNames<T>())}.");
}
