using AmbonCC.Simulator.Terminals;

namespace AmbonCC.Simulator.Tests;

public sealed class TerminalTrafficTests
{
    private static readonly TimeSpan Wit = TimeSpan.FromHours(9);
    private static readonly DateTimeOffset Wednesday = new(2026, 12, 2, 0, 0, 0, Wit);

    [Fact]
    public void Lunch_and_dinner_are_the_peaks_and_dinner_is_the_higher()
    {
        var perHour = Enumerable.Range(0, 24).Select(h => TerminalTraffic.PerHour(Wednesday.AddHours(h), 200)).ToArray();
        var lunch = perHour[11..14].Average();
        var dinner = perHour[18..21].Average();
        var afternoon = perHour[15];

        Assert.True(lunch > 2 * afternoon, $"lunch {lunch:0.0}/h vs afternoon {afternoon:0.0}/h");
        Assert.True(dinner > lunch, $"dinner {dinner:0.0}/h vs lunch {lunch:0.0}/h");
        Assert.Equal(TimeSpan.FromHours(18), TimeSpan.FromHours(Array.IndexOf(perHour, perHour.Max())));
    }

    [Fact]
    public void Closed_hours_print_nothing_and_an_ordinary_weekday_adds_up_to_the_typical_day()
    {
        var random = new Random(3);
        Assert.Equal(0, TerminalTraffic.Count(Wednesday.AddHours(3), TimeSpan.FromHours(1), 200, random));
        Assert.Equal(0, TerminalTraffic.Count(Wednesday.AddHours(22.5), TimeSpan.FromMinutes(30), 200, random));
        Assert.False(TerminalTraffic.IsOpen(Wednesday.AddHours(9.9)));
        Assert.True(TerminalTraffic.IsOpen(Wednesday.AddHours(10)));

        Assert.Equal(200, Enumerable.Range(0, 24).Sum(h => TerminalTraffic.PerHour(Wednesday.AddHours(h), 200)), 6);
        var counted = Enumerable.Range(0, 24 * 60).Sum(m => TerminalTraffic.Count(Wednesday.AddMinutes(m), TimeSpan.FromMinutes(1), 200, random));
        Assert.InRange(counted, 170, 230);
    }

    [Fact]
    public void The_weekend_is_busier()
    {
        var saturday = Wednesday.AddDays(3);
        Assert.Equal(1.25 * TerminalTraffic.PerHour(Wednesday.AddHours(19), 100), TerminalTraffic.PerHour(saturday.AddHours(19), 100), 6);
    }

    [Fact]
    public void The_first_outlets_cheat_one_way_each_and_a_skipping_one_leaves_gaps()
    {
        Assert.Equal([Cheat.SwitchedOff, Cheat.SkippedReceipts, Cheat.HeavyVoids, Cheat.UnderDeclared, Cheat.None],
            Enumerable.Range(0, 5).Select(i => TerminalCheats.For(i, enabled: true)));
        Assert.Equal(Cheat.None, TerminalCheats.For(0, enabled: false));

        long last = 100;
        var numbers = new List<long>();
        for (var printed = 0; printed < 100; printed++)
        {
            last = TerminalCheats.NextReceipt(last, Cheat.SkippedReceipts, printed);
            numbers.Add(last);
        }

        var gaps = numbers.Zip(numbers.Skip(1), (a, b) => b - a - 1).Where(g => g > 0).ToList();
        Assert.Equal([TerminalCheats.SkipLength, TerminalCheats.SkipLength], gaps);
        Assert.Equal(200, TerminalCheats.NextReceipt(199, Cheat.None, 40));
    }
}
