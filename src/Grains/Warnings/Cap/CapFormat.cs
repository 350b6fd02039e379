using System.Globalization;
using System.Text.RegularExpressions;

namespace AmbonCC.Warnings.Cap;

/// <summary>The text forms CAP 1.2 prescribes for dates, references, points, polygons and circles.</summary>
public static partial class CapFormat
{
    /// <summary>The CAP XML namespace.</summary>
    public const string Namespace = "urn:oasis:names:tc:emergency:cap:1.2";

    /// <summary>
    /// "yyyy-MM-ddTHH:mm:ss+09:00" at the value's own offset: writers pass city time (<c>CityClock.ToCityTime</c>),
    /// so that residents read their own clock. CAP forbids "Z" and fractional seconds, so the time is truncated to
    /// whole seconds and UTC is written as +00:00.
    /// </summary>
    public static string DateTime(DateTimeOffset value)
    {
        value = value.AddTicks(-(value.Ticks % TimeSpan.TicksPerSecond));
        return value.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
    }

    /// <summary>True when <paramref name="text"/> has exactly the CAP date-time form (explicit offset, no "Z", no fraction).</summary>
    public static bool IsDateTime(string text) => DateTimePattern().IsMatch(text);

    /// <summary>Parses the CAP date-time form; throws <see cref="FormatException"/> otherwise.</summary>
    public static DateTimeOffset ParseDateTime(string text) =>
        IsDateTime(text) && DateTimeOffset.TryParseExact(text, "yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture, DateTimeStyles.None, out var value)
            ? value
            : throw new FormatException($"'{text}' is not a CAP date-time (yyyy-MM-ddTHH:mm:ss+hh:mm).");

    /// <summary>"sender,identifier,sent" triples separated by spaces.</summary>
    public static string References(IEnumerable<CapReference> references) =>
        string.Join(' ', references.Select(r => $"{r.Sender},{r.Identifier},{DateTime(r.Sent)}"));

    /// <summary>Reads a <c>references</c> value; throws <see cref="FormatException"/> on a malformed triple.</summary>
    public static IReadOnlyList<CapReference> ParseReferences(string text) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(triple =>
        {
            var parts = triple.Split(',');
            return parts.Length == 3 && parts[0].Length > 0 && parts[1].Length > 0
                ? new CapReference(parts[0], parts[1], ParseDateTime(parts[2]))
                : throw new FormatException($"'{triple}' is not a sender,identifier,sent reference.");
        }).ToList();

    /// <summary>Space-separated "lat,lon" pairs.</summary>
    public static string Polygon(CapPolygon polygon) => string.Join(' ', polygon.Points.Select(Point));

    public static CapPolygon ParsePolygon(string text) =>
        new(text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(ParsePoint).ToList());

    /// <summary>"lat,lon radiusKm".</summary>
    public static string Circle(CapCircle circle) => $"{Point(circle.Center)} {Number(circle.RadiusKm)}";

    public static CapCircle ParseCircle(string text)
    {
        var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length == 2 ? new CapCircle(ParsePoint(parts[0]), ParseNumber(parts[1]))
            : throw new FormatException($"'{text}' is not a 'lat,lon radius' circle.");
    }

    public static string Point(CapPoint p) => $"{Number(p.Lat)},{Number(p.Lon)}";

    public static CapPoint ParsePoint(string text)
    {
        var parts = text.Split(',');
        return parts.Length == 2 ? new CapPoint(ParseNumber(parts[0]), ParseNumber(parts[1]))
            : throw new FormatException($"'{text}' is not a 'lat,lon' pair.");
    }

    public static string Number(double value) => value.ToString("0.######", CultureInfo.InvariantCulture);

    public static double ParseNumber(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v)
            ? v
            : throw new FormatException($"'{text}' is not a number.");

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$")]
    private static partial Regex DateTimePattern();
}
