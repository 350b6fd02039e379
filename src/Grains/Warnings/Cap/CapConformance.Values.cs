using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace AmbonCC.Warnings.Cap;

public static partial class CapConformance
{
    // The value lists of CAP 1.2, section 3.2, kept apart from the C# enums so the check does not trust the model.
    private static readonly Dictionary<string, string[]> Enumerations = new()
    {
        ["status"] = ["Actual", "Exercise", "System", "Test", "Draft"],
        ["msgType"] = ["Alert", "Update", "Cancel", "Ack", "Error"],
        ["scope"] = ["Public", "Restricted", "Private"],
        ["category"] = ["Geo", "Met", "Safety", "Security", "Rescue", "Fire", "Health", "Env", "Transport", "Infra", "CBRNE", "Other"],
        ["responseType"] = ["Shelter", "Evacuate", "Prepare", "Execute", "Avoid", "Monitor", "Assess", "AllClear", "None"],
        ["urgency"] = ["Immediate", "Expected", "Future", "Past", "Unknown"],
        ["severity"] = ["Extreme", "Severe", "Moderate", "Minor", "Unknown"],
        ["certainty"] = ["Observed", "Likely", "Possible", "Unlikely", "Unknown"],
    };

    private static readonly HashSet<string> DateTimes = ["sent", "effective", "onset", "expires"];

    // Elements whose text must not be empty (a required element with no content says nothing).
    private static readonly HashSet<string> NonEmpty = ["identifier", "sender", "event", "areaDesc", "valueName", "resourceDesc", "mimeType"];

    private static void CheckLeaf(XElement leaf, string path, List<string> errors)
    {
        var name = leaf.Name.LocalName;
        var value = leaf.Value;
        if (leaf.HasElements)
        {
            errors.Add($"{path}: <{name}> holds text only, not elements.");
            return;
        }

        if (Enumerations.TryGetValue(name, out var allowed) && !allowed.Contains(value, StringComparer.Ordinal))
        {
            errors.Add($"{path}: '{value}' is not a CAP 1.2 {name}; allowed: {string.Join(", ", allowed)}.");
        }
        else if (DateTimes.Contains(name) && !CapFormat.IsDateTime(value))
        {
            errors.Add($"{path}: '{value}' is not a CAP date-time: yyyy-MM-ddTHH:mm:ss followed by an offset like +09:00 (no 'Z', no fractional seconds).");
        }
        else if (NonEmpty.Contains(name) && string.IsNullOrWhiteSpace(value))
        {
            errors.Add($"{path}: <{name}> must not be empty.");
        }

        string? problem = name switch
        {
            "identifier" or "sender" when value.IndexOfAny([' ', '\t', '\r', '\n', ',', '<', '&']) >= 0 =>
                "must not contain spaces, commas, '<' or '&'",
            "references" => CheckReferences(value),
            "polygon" => CheckPolygon(value),
            "circle" => CheckCircle(value),
            "language" when !LanguagePattern().IsMatch(value) => "is not a language tag such as id-ID",
            "altitude" or "ceiling" when !double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _) => "is not a number",
            "size" when !long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out _) => "is not an integer",
            _ => null,
        };
        if (problem is not null)
        {
            errors.Add($"{path}: '{value}' {problem}.");
        }
    }

    private static void CheckAlertRules(XElement alert, List<string> errors)
    {
        string? Text(string name) => alert.Element(Ns + name)?.Value;
        if (Text("msgType") is "Update" or "Cancel" or "Ack" or "Error" && string.IsNullOrWhiteSpace(Text("references")))
        {
            errors.Add($"alert: msgType {Text("msgType")} requires <references> to the earlier alert(s).");
        }

        if (Text("scope") == "Restricted" && string.IsNullOrWhiteSpace(Text("restriction")))
        {
            errors.Add("alert: scope Restricted requires <restriction>.");
        }

        if (Text("scope") == "Private" && string.IsNullOrWhiteSpace(Text("addresses")))
        {
            errors.Add("alert: scope Private requires <addresses>.");
        }

        var areas = alert.Elements(Ns + "info").Elements(Ns + "area").ToList();
        foreach (var area in areas.Where(a => a.Element(Ns + "ceiling") is not null && a.Element(Ns + "altitude") is null))
        {
            errors.Add($"alert/info/area '{area.Element(Ns + "areaDesc")?.Value}': <ceiling> requires <altitude>.");
        }
    }

    private static string? CheckReferences(string value)
    {
        var triples = value.Split([' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries);
        foreach (var triple in triples)
        {
            var parts = triple.Split(',');
            if (parts.Length != 3 || parts[0].Length == 0 || parts[1].Length == 0 || !CapFormat.IsDateTime(parts[2]))
            {
                return $"has '{triple}', which is not a sender,identifier,sent triple";
            }
        }

        return triples.Length == 0 ? "names no earlier alert" : null;
    }

    private static string? CheckPolygon(string value)
    {
        var pairs = value.Split([' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries);
        var points = pairs.Select(ParsePoint).ToList();
        if (points.Any(p => p is null))
        {
            return "has a pair that is not 'lat,lon' in WGS 84 range";
        }

        if (points.Count < 4)
        {
            return $"has {points.Count} points; a polygon needs at least 4";
        }

        return points[0] == points[^1] ? null : "is not closed: the first pair must equal the last";
    }

    private static string? CheckCircle(string value)
    {
        var parts = value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length == 2 && ParsePoint(parts[0]) is not null
            && double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var radius) && radius >= 0
            ? null
            : "is not 'lat,lon radius'";
    }

    private static (double Lat, double Lon)? ParsePoint(string pair)
    {
        var parts = pair.Split(',');
        return parts.Length == 2
            && double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var lat) && lat is >= -90 and <= 90
            && double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var lon) && lon is >= -180 and <= 180
            ? (lat, lon)
            : null;
    }

    [GeneratedRegex("^[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*$")]
    private static partial Regex LanguagePattern();
}
