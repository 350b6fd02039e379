using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;

namespace AmbonCC.Complaints.Rules;

/// <summary>
/// Hari kerja: Monday to Friday, minus national holidays and cuti bersama of years whose list is known. A year
/// without a list counts weekdays only (<see cref="HasList"/> says so, for the Admin); lists come from per-year
/// JSON files in configuration because next year's decree is published late in the year.
/// </summary>
public sealed class WorkingDayCalendar
{
    private readonly ImmutableDictionary<int, ImmutableHashSet<DateOnly>> daysOffByYear;

    /// <param name="city">The city's clock (its configured zone): deadlines run on the city's calendar days. Ambon when null.</param>
    public WorkingDayCalendar(IEnumerable<HolidayList> lists, City.CityClock? city = null)
    {
        City = city ?? AmbonCC.City.CityClock.Ambon();
        daysOffByYear = lists.GroupBy(l => l.Year).ToImmutableDictionary(
            g => g.Key, g => g.SelectMany(l => l.Days).Select(d => d.Date).ToImmutableHashSet());
    }

    public static WorkingDayCalendar WeekdaysOnly { get; } = new([]);

    /// <summary>The zone whose days are counted.</summary>
    public City.CityClock City { get; }

    /// <summary>Years whose holiday list was loaded.</summary>
    public IReadOnlyCollection<int> Years => [.. daysOffByYear.Keys.Order()];

    public bool HasList(int year) => daysOffByYear.ContainsKey(year);

    public bool IsWorkingDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)
        && !(daysOffByYear.TryGetValue(date.Year, out var off) && off.Contains(date));

    /// <summary>The nth working day after <paramref name="date"/> (the date itself does not count).</summary>
    public DateOnly AddWorkingDays(DateOnly date, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        var d = date;
        for (var counted = 0; counted < days;)
        {
            d = d.AddDays(1);
            if (IsWorkingDay(d))
            {
                counted++;
            }
        }

        return d;
    }

    /// <summary>
    /// The deadline of "within N working days" of an instant: the end (midnight, city time) of the Nth working day after
    /// the day the clock started. A complaint in on Friday afternoon has Monday to Wednesday to be verified.
    /// </summary>
    public DateTimeOffset Deadline(DateTimeOffset start, int workingDays)
    {
        var last = AddWorkingDays(City.DayOf(start), workingDays);
        return City.StartOfDay(last.AddDays(1));
    }

    /// <summary>Working days left before a deadline, counting today when it is one (0 when due or past).</summary>
    public int WorkingDaysLeft(DateTimeOffset now, DateTimeOffset dueAt)
    {
        var today = City.DayOf(now);
        var end = City.DayOf(dueAt);
        var left = 0;
        for (var d = today; d < end; d = d.AddDays(1))
        {
            left += IsWorkingDay(d) ? 1 : 0;
        }

        return left;
    }

    /// <summary>Reads one year's list: <c>{"year":2026,"holidays":[{"date":"2026-01-01",...}],"cutiBersama":[...]}</c>.</summary>
    public static HolidayList ParseList(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        var year = root.GetProperty("year").GetInt32();
        var days = new List<DayOff>();
        foreach (var (property, kind) in new[] { ("holidays", "libur_nasional"), ("cutiBersama", "cuti_bersama") })
        {
            if (!root.TryGetProperty(property, out var list))
            {
                continue;
            }

            foreach (var item in list.EnumerateArray())
            {
                var date = DateOnly.ParseExact(item.GetProperty("date").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
                if (date.Year != year)
                {
                    throw new InvalidDataException($"Holiday list {year} names {date:yyyy-MM-dd} of another year.");
                }

                days.Add(new DayOff(date, item.TryGetProperty("name", out var n) ? n.GetString() ?? "" : "",
                    item.TryGetProperty("kind", out var k) ? k.GetString() ?? kind : kind));
            }
        }

        return new HolidayList(year, [.. days]);
    }
}

public sealed record DayOff(DateOnly Date, string Name, string Kind);

public sealed record HolidayList(int Year, ImmutableArray<DayOff> Days);
