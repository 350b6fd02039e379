using System.Xml;
using System.Xml.Linq;

namespace AmbonCC.Warnings.Cap;

/// <summary>The outcome of <see cref="CapConformance.Check(string)"/>: empty <see cref="Errors"/> means conformant.</summary>
public sealed record CapConformanceResult(IReadOnlyList<string> Errors)
{
    public bool IsValid => Errors.Count == 0;

    public override string ToString() => IsValid ? "conformant" : string.Join(Environment.NewLine, Errors);
}

/// <summary>
/// Our own reading of the CAP 1.2 standard (OASIS, 2010), written from its data dictionary rather than taken from
/// a library or the XSD: element sequences and cardinalities, enumerated values, the date-time form, and the
/// rules the schema cannot express (references on Update/Cancel/Ack/Error, restriction when Restricted, addresses
/// when Private, closed polygons). The warnings grain runs it before publishing; tests run it on every alert.
/// Each error starts with the path of the offending element, e.g. <c>alert/info[1]/urgency</c>.
/// </summary>
public static partial class CapConformance
{
    private const string DsigNamespace = "http://www.w3.org/2000/09/xmldsig#";
    private const int Many = int.MaxValue;
    private static readonly XNamespace Ns = CapFormat.Namespace;

    // The sequences of CAP 1.2, in schema order: (element, min, max).
    private static readonly Dictionary<string, (string Name, int Min, int Max)[]> Sequences = new()
    {
        ["alert"] =
        [
            ("identifier", 1, 1), ("sender", 1, 1), ("sent", 1, 1), ("status", 1, 1), ("msgType", 1, 1),
            ("source", 0, 1), ("scope", 1, 1), ("restriction", 0, 1), ("addresses", 0, 1), ("code", 0, Many),
            ("note", 0, 1), ("references", 0, 1), ("incidents", 0, 1), ("info", 0, Many),
        ],
        ["info"] =
        [
            ("language", 0, 1), ("category", 1, Many), ("event", 1, 1), ("responseType", 0, Many), ("urgency", 1, 1),
            ("severity", 1, 1), ("certainty", 1, 1), ("audience", 0, 1), ("eventCode", 0, Many), ("effective", 0, 1),
            ("onset", 0, 1), ("expires", 0, 1), ("senderName", 0, 1), ("headline", 0, 1), ("description", 0, 1),
            ("instruction", 0, 1), ("web", 0, 1), ("contact", 0, 1), ("parameter", 0, Many), ("resource", 0, Many),
            ("area", 0, Many),
        ],
        ["resource"] =
        [
            ("resourceDesc", 1, 1), ("mimeType", 1, 1), ("size", 0, 1), ("uri", 0, 1), ("derefUri", 0, 1), ("digest", 0, 1),
        ],
        ["area"] =
        [
            ("areaDesc", 1, 1), ("polygon", 0, Many), ("circle", 0, Many), ("geocode", 0, Many), ("altitude", 0, 1), ("ceiling", 0, 1),
        ],
        ["eventCode"] = [("valueName", 1, 1), ("value", 1, 1)],
        ["parameter"] = [("valueName", 1, 1), ("value", 1, 1)],
        ["geocode"] = [("valueName", 1, 1), ("value", 1, 1)],
    };

    /// <summary>Checks CAP XML text (well-formedness included).</summary>
    public static CapConformanceResult Check(string xml)
    {
        ArgumentNullException.ThrowIfNull(xml);
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
            return Check(XDocument.Load(reader));
        }
        catch (XmlException ex)
        {
            return new CapConformanceResult([$"document: not well-formed XML: {ex.Message}"]);
        }
    }

    /// <summary>Checks a parsed CAP document.</summary>
    public static CapConformanceResult Check(XDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var errors = new List<string>();
        if (document.Root is not { } root || root.Name != Ns + "alert")
        {
            errors.Add($"document: the root element must be <alert> in namespace {CapFormat.Namespace}, not <{document.Root?.Name}>.");
            return new CapConformanceResult(errors);
        }

        Walk(root, "alert", errors);
        CheckAlertRules(root, errors);
        return new CapConformanceResult(errors);
    }

    private static void Walk(XElement element, string path, List<string> errors)
    {
        if (!Sequences.TryGetValue(element.Name.LocalName, out var sequence))
        {
            CheckLeaf(element, path, errors);
            return;
        }

        var counts = new int[sequence.Length];
        var position = 0;
        string? previous = null;
        foreach (var child in element.Elements())
        {
            var name = child.Name.LocalName;
            var index = Array.FindIndex(sequence, s => s.Name == name);
            if (element.Name.LocalName == "alert" && child.Name.NamespaceName == DsigNamespace && name == "Signature"
                && child.ElementsAfterSelf().All(e => e.Name.NamespaceName == DsigNamespace))
            {
                continue; // an XML signature may close the alert
            }

            if (child.Name.Namespace != Ns || index < 0)
            {
                errors.Add($"{path}: <{child.Name}> is not a CAP 1.2 element of <{element.Name.LocalName}>.");
                continue;
            }

            if (index < position)
            {
                errors.Add($"{path}: <{name}> is out of order: it must come before <{previous}>.");
            }
            else
            {
                position = index;
            }

            counts[index]++;
            previous = name;
            Walk(child, $"{path}/{name}[{counts[index]}]", errors);
        }

        for (int i = 0; i < sequence.Length; i++)
        {
            var (name, min, max) = sequence[i];
            if (counts[i] < min)
            {
                errors.Add($"{path}: required element <{name}> is missing.");
            }
            else if (counts[i] > max)
            {
                errors.Add($"{path}: <{name}> appears {counts[i]} times; at most {max} allowed.");
            }
        }
    }
}
