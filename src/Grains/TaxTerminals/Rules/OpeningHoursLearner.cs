using System.Collections.Immutable;
using AmbonCC.City;

namespace AmbonCC.TaxTerminals;

/// <summary>
/// Opening hours from the outlet's own receipts, for outlets without configured hours: a weekday's hours run from
/// the first to the last local hour that had receipts on at least half of the last four such weekdays.
/// </summary>
public static class OpeningHoursLearner
{
    public static ImmutableArray<OpeningHours> Learn(IReadOnlyDictionary<DateTime, HourFigures> history, DateOnly today, int weeks = 4)
    {
        var week = ImmutableArray.CreateBuilder<OpeningHours>();
        for (var offset = 1; offset <= 7; offset++)
        {
            var day = today.AddDays(-offset);
            var busy = new int[24];
            for (var w = 0; w < weeks; w++)
            {
                var start = day.AddDays(-7 * w).ToDateTime(TimeOnly.MinValue);
                for (var h = 0; h < 24; h++)
                {
                    if (history.TryGetValue(start.AddHours(h), out var f) && f.Receipts > 0)
                    {
                        busy[h]++;
                    }
                }
            }

            var open = Enumerable.Range(0, 24).Where(h => busy[h] * 2 >= weeks).ToList();
            if (open.Count > 0)
            {
                var closes = open[^1] == 23 ? new TimeOnly(23, 59) : new TimeOnly(open[^1] + 1, 0);
                week.Add(new OpeningHours(day.DayOfWeek, new TimeOnly(open[0], 0), closes));
            }
        }

        return week.ToImmutable();
    }
}
