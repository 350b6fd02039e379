namespace AmbonCC.Simulator.Gauges;

/// <summary>
/// A quiet day on a river: the level sits at 30–60 % of the Siaga 3 threshold, drifts slowly over the day,
/// follows the tide near the mouth (Teluk Ambon's tide is mainly semi-diurnal), and it rarely drizzles.
/// </summary>
internal static class BaselineModel
{
    private static readonly TimeSpan LunarSemiDiurnal = TimeSpan.FromHours(12.42);
    private static readonly TimeSpan Day = TimeSpan.FromHours(24);

    /// <summary>Each gauge's own resting level, 38–50 % of Siaga 3, stable across restarts.</summary>
    public static double RestingFraction(string code) => 0.38 + 0.12 * Stable.Unit(code);

    public static double RestingLevel(GaugeSpec gauge) => RestingFraction(gauge.Code) * gauge.Siaga3Cm;

    /// <summary>The level without noise at a simulated instant, always within 30–60 % of Siaga 3.</summary>
    public static double Level(GaugeSpec gauge, DateTimeOffset at)
    {
        var s3 = gauge.Siaga3Cm;
        var phase = 2 * Math.PI * Stable.Unit(gauge.Code + "/phase");
        var drift = 0.03 * s3 * Math.Sin(Cycle(at, Day) + phase);
        var tide = gauge.Downstream ? 0.08 * s3 * Math.Sin(Cycle(at, LunarSemiDiurnal)) : 0;
        return Math.Clamp(RestingLevel(gauge) + drift + tide, 0.30 * s3, 0.60 * s3);
    }

    /// <summary>Rain in mm over one reporting interval: mostly none, sometimes a light shower.</summary>
    public static double Rainfall(Random random, TimeSpan interval)
    {
        if (random.NextDouble() >= 0.05)
        {
            return 0;
        }

        var mmPerHour = 0.5 + 4 * random.NextDouble();
        return Math.Round(mmPerHour * interval.TotalHours, 1);
    }

    /// <summary>Sensor noise, about ±1 cm.</summary>
    public static double Noise(Random random) => (random.NextDouble() + random.NextDouble() - 1) * 1.0;

    private static double Cycle(DateTimeOffset at, TimeSpan period) =>
        2 * Math.PI * (at.ToUnixTimeMilliseconds() % (long)period.TotalMilliseconds) / period.TotalMilliseconds;
}
