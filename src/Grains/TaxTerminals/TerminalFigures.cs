using AmbonCC.City;

namespace AmbonCC.TaxTerminals;

/// <summary>Keeps the hourly figures of a terminal: adds receipts, prunes old hours, sums days and months.</summary>
internal static class TerminalFigures
{
    /// <summary>Nine weeks: four weeks of baseline plus this and last month for month-to-date.</summary>
    public static readonly TimeSpan Keep = TimeSpan.FromDays(63);

    public static void Add(Dictionary<DateTime, HourFigures> hours, TaxTransaction t, CityClock clock)
    {
        var key = clock.HourOf(t.IssuedAt);
        var f = hours.TryGetValue(key, out var existing) ? existing : new HourFigures(key, 0, 0, 0, 0);
        hours[key] = t.Kind == TransactionKind.Sale
            ? f with { Turnover = f.Turnover + t.Subtotal, Tax = f.Tax + t.Tax, Receipts = f.Receipts + 1 }
            : f with { Turnover = f.Turnover - t.Subtotal, Tax = f.Tax - t.Tax, Voided = f.Voided + t.Subtotal };
    }

    public static void Prune(Dictionary<DateTime, HourFigures> hours, DateTimeOffset now, CityClock clock)
    {
        var oldest = clock.HourOf(now - Keep);
        foreach (var key in hours.Keys.Where(k => k < oldest).ToList())
        {
            hours.Remove(key);
        }
    }

    /// <summary>The hours of one local day that have figures: 24 lookups instead of a pass over nine weeks.</summary>
    public static IEnumerable<HourFigures> DayOf(Dictionary<DateTime, HourFigures> hours, DateOnly day)
    {
        var start = day.ToDateTime(TimeOnly.MinValue);
        for (var h = 0; h < 24; h++)
        {
            if (hours.TryGetValue(start.AddHours(h), out var figures))
            {
                yield return figures;
            }
        }
    }

    /// <summary>Today, this month to date and last month in one pass (a terminal's status is answered on every receipt).</summary>
    public static ((decimal Turnover, decimal Tax, int Receipts) Today, (decimal Turnover, decimal Tax) Month, decimal LastMonthTurnover) Status(
        Dictionary<DateTime, HourFigures> hours, DateOnly today)
    {
        var day = today.ToDateTime(TimeOnly.MinValue);
        var end = day.AddDays(1);
        var monthStart = new DateTime(day.Year, day.Month, 1);
        var lastMonthStart = monthStart.AddMonths(-1);
        decimal todayTurnover = 0, todayTax = 0, monthTurnover = 0, monthTax = 0, lastMonth = 0;
        var todayReceipts = 0;
        foreach (var h in hours.Values)
        {
            if (h.LocalHour >= monthStart && h.LocalHour < end)
            {
                monthTurnover += h.Turnover;
                monthTax += h.Tax;
                if (h.LocalHour >= day)
                {
                    todayTurnover += h.Turnover;
                    todayTax += h.Tax;
                    todayReceipts += h.Receipts;
                }
            }
            else if (h.LocalHour >= lastMonthStart && h.LocalHour < monthStart)
            {
                lastMonth += h.Turnover;
            }
        }

        return ((todayTurnover, todayTax, todayReceipts), (monthTurnover, monthTax), lastMonth);
    }
}
