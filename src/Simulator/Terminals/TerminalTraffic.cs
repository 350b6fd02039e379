namespace AmbonCC.Simulator.Terminals;

/// <summary>
/// How many receipts an outlet prints in a stretch of local time: open 10:00–22:00, a lunch peak (11–14) and a
/// higher dinner peak (18–21), a busier weekend, scaled so that an ordinary weekday adds up to the outlet's
/// typical receipts per day. Plain arithmetic so the shape is tested without a clock or a server.
/// </summary>
internal static class TerminalTraffic
{
    public const int Opens = 10;
    public const int Closes = 22;

    public static bool IsOpen(DateTimeOffset local) => local.Hour is >= Opens and < Closes;

    /// <summary>Relative weight of a local hour; 0 when closed.</summary>
    public static double Weight(int hour) => hour switch
    {
        < Opens or >= Closes => 0,
        >= 11 and < 14 => 3.0,
        >= 18 and < 21 => 3.5,
        _ => 1.0,
    };

    private static readonly double DayWeight = Enumerable.Range(0, 24).Sum(Weight);

    /// <summary>Expected receipts per hour at <paramref name="local"/> for an outlet of <paramref name="typicalPerDay"/>.</summary>
    public static double PerHour(DateTimeOffset local, int typicalPerDay)
    {
        var weekend = local.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? 1.25 : 1.0;
        return typicalPerDay * weekend * Weight(local.Hour) / DayWeight;
    }

    /// <summary>
    /// Receipts in [from, from + span): the expected count with Poisson-like noise from <paramref name="random"/>
    /// (a sum of coin flips keeps it integral and never negative).
    /// </summary>
    public static int Count(DateTimeOffset localFrom, TimeSpan span, int typicalPerDay, Random random)
    {
        var expected = PerHour(localFrom, typicalPerDay) * span.TotalHours;
        var whole = (int)Math.Floor(expected);
        var count = 0;
        for (var i = 0; i < whole * 2; i++)
        {
            count += random.Next(2);
        }

        return count + (random.NextDouble() < expected - whole ? 1 : 0);
    }
}
