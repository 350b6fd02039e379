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

    public static (decimal Turnover, decimal Tax, int Receipts) Sum(IEnumerable<HourFigures> hours, DateTime fromLocal, DateTime toLocal)
    {
        decimal turnover = 0, tax = 0;
        var receipts = 0;
        foreach (var h in hours)
        {
            if (h.LocalHour >= fromLocal && h.LocalHour < toLocal)
            {
                turnover += h.Turnover;
                tax += h.Tax;
                receipts += h.Receipts;
            }
        }

        return (turnover, tax, receipts);
    }
}
