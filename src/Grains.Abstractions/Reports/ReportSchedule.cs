using System.Globalization;
using AmbonCC.City;

namespace AmbonCC.Reports;

/// <summary>
/// When reports are due: every day at <see cref="Hour"/>:00 city time, counting the 24 hours before. A report's id
/// is the city date its window ends on.
/// </summary>
public sealed class ReportSchedule(CityClock clock, int hour = ReportSchedule.Hour)
{
    public const int Hour = 7;

    /// <summary>07:00 city time on a city date, as an instant with the city's offset.</summary>
    public DateTimeOffset CutOff(DateOnly day)
    {
        var local = day.ToDateTime(new TimeOnly(hour, 0), DateTimeKind.Unspecified);
        return new DateTimeOffset(local, clock.Zone.GetUtcOffset(local));
    }

    /// <summary>The window of the report with this id: from 07:00 the day before to 07:00 on the day.</summary>
    public ReportWindow WindowOf(DateOnly day) => new(CutOff(day.AddDays(-1)), CutOff(day));

    /// <summary>The last cut-off at or before <paramref name="at"/>: the report that is due (or done) now.</summary>
    public DateOnly LatestDue(DateTimeOffset at)
    {
        var day = clock.DayOf(at);
        return CutOff(day) <= at ? day : day.AddDays(-1);
    }

    /// <summary>The first cut-off strictly after <paramref name="at"/>: when the reminder must fire next.</summary>
    public DateTimeOffset NextRun(DateTimeOffset at) => CutOff(LatestDue(at).AddDays(1));

    public static string IdOf(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static bool TryParseId(string? id, out DateOnly day) =>
        DateOnly.TryParseExact(id, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);
}
