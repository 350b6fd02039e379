using AmbonCC.City;
using AmbonCC.TaxTerminals;

namespace AmbonCC.UnitTests.TaxTerminals;

public sealed class TaxTotalsRuleTests
{
    private static readonly CityClock City = CityClock.Ambon();

    // Tuesday 1 Dec 2026, 14:00 WIT: the first day of a month.
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 14, 0, 0, TimeSpan.FromHours(9));

    private static TerminalStatusChanged Row(string serial, DateTimeOffset at, decimal today, decimal month, decimal lastMonth,
        TerminalHealth health = TerminalHealth.Green, DateTimeOffset? redSince = null) =>
        new(new TerminalStatus(serial, "NP" + serial, "Outlet " + serial, "81.71.01.1001", health, at, 1, today, today / 10, 3, redSince, 0, 0, month, lastMonth, month / 10), at);

    [Fact]
    public void Rows_of_today_add_today_and_the_month()
    {
        var totals = TaxTotalsRule.Of([Row("A", Now.AddHours(-1), 100_000, 100_000, 900_000), Row("B", Now.AddMinutes(-5), 50_000, 50_000, 400_000)], Now, City, TimeSpan.FromDays(3));

        Assert.Equal(150_000m, totals.TodayTurnover);
        Assert.Equal(15_000m, totals.TodayTax);
        Assert.Equal(6, totals.TodayReceipts);
        Assert.Equal(150_000m, totals.MonthTurnover);
        Assert.Equal(1_300_000m, totals.LastMonthTurnover);
        Assert.Equal(2, totals.Terminals);
    }

    [Fact]
    public void A_row_reported_last_month_adds_nothing_to_today_and_counts_as_last_month()
    {
        // Reported on 30 Nov at 21:00 WIT: its "today" and "month" are November's.
        var lastNight = new DateTimeOffset(2026, 11, 30, 21, 0, 0, TimeSpan.FromHours(9));
        var totals = TaxTotalsRule.Of([Row("A", lastNight, 80_000, 2_000_000, 1_500_000)], Now, City, TimeSpan.FromDays(3));

        Assert.Equal(0m, totals.TodayTurnover);
        Assert.Equal(0, totals.TodayReceipts);
        Assert.Equal(0m, totals.MonthTurnover);
        Assert.Equal(2_000_000m, totals.LastMonthTurnover);
    }

    [Fact]
    public void Red_terminals_are_counted_and_those_red_three_days_or_more_apart()
    {
        var totals = TaxTotalsRule.Of(
        [
            Row("A", Now, 0, 0, 0, TerminalHealth.Red, Now.AddHours(-2)),
            Row("B", Now, 0, 0, 0, TerminalHealth.Red, Now.AddDays(-3)),
            Row("C", Now, 0, 0, 0),
        ], Now, City, TimeSpan.FromDays(3));

        Assert.Equal(3, totals.Terminals);
        Assert.Equal(2, totals.Red);
        Assert.Equal(1, totals.RedThreeDays);
    }
}
