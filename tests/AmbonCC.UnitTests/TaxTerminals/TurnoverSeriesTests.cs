using AmbonCC.Web.TaxTerminals;

namespace AmbonCC.UnitTests.TaxTerminals;

public sealed class TurnoverSeriesTests
{
    private static readonly DateOnly Friday = new(2026, 12, 4);

    [Fact]
    public void The_baseline_of_a_day_is_the_mean_of_the_same_weekday_in_the_four_weeks_before()
    {
        var daily = new Dictionary<DateOnly, decimal>
        {
            [Friday.AddDays(-28)] = 1_000_000, [Friday.AddDays(-21)] = 2_000_000, [Friday.AddDays(-14)] = 3_000_000,
            [Friday.AddDays(-7)] = 2_000_000, [Friday.AddDays(-35)] = 9_000_000, [Friday.AddDays(-1)] = 7_000_000,
            [Friday] = 400_000,
        };

        var day = Assert.Single(TurnoverSeries.Build(daily, Friday, Friday));

        Assert.Equal(400_000m, day.Turnover);
        Assert.Equal(2_000_000m, day.Baseline); // five weeks back and Thursday do not count
    }

    [Fact]
    public void Weeks_before_the_first_figures_are_left_out_and_a_day_with_nothing_counts_as_zero()
    {
        var daily = new Dictionary<DateOnly, decimal> { [Friday.AddDays(-14)] = 3_000_000, [Friday.AddDays(-13)] = 1 };

        var days = TurnoverSeries.Build(daily, Friday.AddDays(-14), Friday);

        Assert.Equal(15, days.Count);
        Assert.Null(days[0].Baseline);                      // nothing before the first figures
        Assert.Equal(3_000_000m, days[7].Baseline);         // one week of history
        Assert.Equal(1_500_000m, days[14].Baseline);        // the week with nothing recorded counts as zero
        Assert.Equal(0m, days[14].Turnover);
    }
}
