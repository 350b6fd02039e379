using AmbonCC.TaxTerminals;

namespace AmbonCC.UnitTests.TaxTerminals;

public sealed class OpeningHoursLearnerTests
{
    [Fact]
    public void Hours_with_receipts_on_most_of_the_last_four_weekdays_are_open_and_a_one_off_late_sale_is_not()
    {
        var today = new DateOnly(2026, 12, 5); // Saturday
        var history = new Dictionary<DateTime, HourFigures>();
        for (var w = 0; w < 4; w++)
        {
            var friday = today.AddDays(-1 - 7 * w).ToDateTime(TimeOnly.MinValue);
            for (var h = 10; h < 21; h++)
            {
                history[friday.AddHours(h)] = new HourFigures(friday.AddHours(h), 100_000, 10_000, 3, 0);
            }
        }

        var lateOnce = today.AddDays(-1).ToDateTime(new TimeOnly(23, 0));
        history[lateOnce] = new HourFigures(lateOnce, 50_000, 5_000, 1, 0);

        var week = OpeningHoursLearner.Learn(history, today);

        var friday1 = Assert.Single(week);
        Assert.Equal(DayOfWeek.Friday, friday1.Day);
        Assert.Equal(new TimeOnly(10, 0), friday1.Opens);
        Assert.Equal(new TimeOnly(21, 0), friday1.Closes);
    }
}
