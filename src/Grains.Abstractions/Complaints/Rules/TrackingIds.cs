using System.Globalization;
using System.Text.RegularExpressions;

namespace AmbonCC.Complaints.Rules;

/// <summary>Tracking ids like AMB-2026-000123: the city, the year (WIT) and a per-year number.</summary>
public static partial class TrackingIds
{
    public const string Prefix = "AMB";

    /// <summary>The year's counter, by the city's calendar (Ambon's zone when <paramref name="city"/> is null).</summary>
    public static string CounterKey(DateTimeOffset at, City.CityClock? city = null) => $"{Prefix}-{(city ?? AmbonCC.City.CityClock.Ambon()).DayOf(at).Year}";

    public static string Format(string counterKey, long number) =>
        $"{counterKey}-{number.ToString("D6", CultureInfo.InvariantCulture)}";

    public static bool IsValid(string? id) => id is not null && Shape().IsMatch(id);

    [GeneratedRegex(@"^AMB-\d{4}-\d{6,9}$")]
    private static partial Regex Shape();
}
