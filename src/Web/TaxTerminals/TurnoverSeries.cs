namespace AmbonCC.Web.TaxTerminals;

/// <summary>One day of the chart: the recorded turnover and the outlet's own baseline for that day.</summary>
/// <param name="Baseline">The mean of the same weekday in the four weeks before (only weeks with figures); null without any.</param>
public sealed record TurnoverDay(DateOnly Day, decimal Turnover, decimal? Baseline);

/// <summary>Daily turnover against its baseline (same weekday, last 4 weeks), from the terminals' daily sums.</summary>
public static class TurnoverSeries
{
    public const int BaselineWeeks = 4;

    /// <param name="daily">Turnover per city day; a day missing is a day with nothing recorded.</param>
    /// <param name="firstDayWithData">Days before it have no figures at all (the baseline skips them instead of counting zeros).</param>
    public static List<TurnoverDay> Build(IReadOnlyDictionary<DateOnly, decimal> daily, DateOnly from, DateOnly to, DateOnly? firstDayWithData = null)
    {
        var first = firstDayWithData ?? (daily.Count == 0 ? to : daily.Keys.Min());
        var days = new List<TurnoverDay>();
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            var weeks = Enumerable.Range(1, BaselineWeeks).Select(w => day.AddDays(-7 * w)).Where(d => d >= first).ToList();
            decimal? baseline = weeks.Count == 0 ? null : weeks.Sum(d => daily.GetValueOrDefault(d)) / weeks.Count;
            days.Add(new TurnoverDay(day, daily.GetValueOrDefault(day), baseline));
        }

        return days;
    }
}
