using AmbonCC.TaxTerminals;

namespace AmbonCC.UnitTests.TaxTerminals;

public sealed class TerminalFiguresTests
{
    private static readonly DateOnly Today = new(2026, 12, 2);

    private static void Put(Dictionary<DateTime, HourFigures> hours, DateTime hour, decimal turnover, int receipts) =>
        hours[hour] = new HourFigures(hour, turnover, turnover / 10, receipts, 0);

    [Fact]
    public void Status_sums_today_month_to_date_and_last_month_in_one_pass_and_leaves_other_hours_out()
    {
        var hours = new Dictionary<DateTime, HourFigures>();
        Put(hours, new DateTime(2026, 12, 2, 0, 0, 0), 100, 1);      // today's first hour
        Put(hours, new DateTime(2026, 12, 2, 23, 0, 0), 200, 2);     // today's last hour
        Put(hours, new DateTime(2026, 12, 1, 12, 0, 0), 1_000, 10);  // this month, not today
        Put(hours, new DateTime(2026, 12, 3, 9, 0, 0), 7_777, 77);   // tomorrow: not in any figure
        Put(hours, new DateTime(2026, 11, 1, 0, 0, 0), 5_000, 50);   // last month's first hour
        Put(hours, new DateTime(2026, 11, 30, 23, 0, 0), 6_000, 60); // last month's last hour
        Put(hours, new DateTime(2026, 10, 31, 23, 0, 0), 9_999, 99); // two months ago

        var (today, month, lastMonth) = TerminalFigures.Status(hours, Today);

        Assert.Equal((300m, 30m, 3), today);
        Assert.Equal((1_300m, 130m), month);
        Assert.Equal(11_000m, lastMonth);
    }

    [Fact]
    public void DayOf_returns_the_figures_of_that_local_day_only()
    {
        var hours = new Dictionary<DateTime, HourFigures>();
        Put(hours, new DateTime(2026, 12, 1, 23, 0, 0), 1, 1);
        Put(hours, new DateTime(2026, 12, 2, 0, 0, 0), 2, 1);
        Put(hours, new DateTime(2026, 12, 2, 19, 0, 0), 3, 1);
        Put(hours, new DateTime(2026, 12, 3, 0, 0, 0), 4, 1);

        Assert.Equal([2m, 3m], TerminalFigures.DayOf(hours, Today).Select(h => h.Turnover).Order());
    }
}
