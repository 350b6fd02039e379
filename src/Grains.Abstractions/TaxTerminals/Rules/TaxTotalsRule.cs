using AmbonCC.City;

namespace AmbonCC.TaxTerminals;

/// <summary>
/// Sums terminal rows into the city's figures. A row is as of the instant its terminal reported it: a row from an
/// earlier city day adds nothing to today, a row from an earlier month adds nothing to this month (and counts as
/// last month only when it was reported in last month), so a quiet terminal never carries yesterday into today.
/// </summary>
public static class TaxTotalsRule
{
    public static TaxTotals Of(IEnumerable<TerminalStatusChanged> rows, DateTimeOffset now, CityClock clock, TimeSpan redEscalation)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(clock);
        var today = clock.DayOf(now);
        var month = (today.Year, today.Month);
        var lastMonthDay = today.AddMonths(-1);
        decimal todayTurnover = 0, todayTax = 0, monthTurnover = 0, monthTax = 0, lastMonth = 0;
        int receipts = 0, count = 0, red = 0, redLong = 0;
        foreach (var row in rows)
        {
            var s = row.Status;
            var day = clock.DayOf(row.At);
            count++;
            if (s.Health == TerminalHealth.Red)
            {
                red++;
                if (s.RedSince is { } since && now - since >= redEscalation)
                {
                    redLong++;
                }
            }

            if (day == today)
            {
                todayTurnover += s.TodayTurnover;
                todayTax += s.TodayTax;
                receipts += s.TodayReceipts;
            }

            if ((day.Year, day.Month) == month)
            {
                monthTurnover += s.MonthTurnover;
                monthTax += s.MonthTax;
                lastMonth += s.LastMonthTurnover;
            }
            else if ((day.Year, day.Month) == (lastMonthDay.Year, lastMonthDay.Month))
            {
                lastMonth += s.MonthTurnover;
            }
        }

        return new TaxTotals(todayTurnover, todayTax, receipts, monthTurnover, monthTax, lastMonth, count, red, redLong);
    }
}
