namespace AmbonCC.Simulator.Gauges;

/// <summary>
/// What every gauge reads at a moment of simulated time: its quiet-day baseline, and during a flood the
/// flash-flood curve on the flood gauge and a later, damped echo on the gauges below it on the same river.
/// </summary>
/// <remarks><paramref name="floodPace"/> plays the flood curve that many times faster, for a demo that shows its point in minutes.</remarks>
internal sealed class RiverScenario(IReadOnlyList<GaugeSpec> gauges, string floodGauge, FloodSchedule schedule, TimeSpan interval, double floodPace = 1)
{
    public double FloodPace => floodPace;

    /// <summary>How long the flood wave takes from one gauge to the next one downstream.</summary>
    public static readonly TimeSpan TravelTimePerGauge = TimeSpan.FromMinutes(12);

    /// <summary>Downstream gauges see the wave peak at this share of their own Siaga 3: visible, not alarming.</summary>
    public const double EchoPeakShareOfSiaga3 = 0.85;

    private readonly GaugeSpec? _flood = gauges.FirstOrDefault(g => string.Equals(g.Code, floodGauge, StringComparison.OrdinalIgnoreCase));

    public FlashFlood? Plan => _flood is null ? null : new FlashFlood(BaselineModel.RestingLevel(_flood), _flood.Siaga3Cm, _flood.Siaga2Cm);

    /// <summary>Level and rain without sensor noise.</summary>
    public (double LevelCm, double RainfallMm) Expected(GaugeSpec gauge, DateTimeOffset simulatedNow, TimeSpan elapsed, Random random)
    {
        var baseline = BaselineModel.Level(gauge, simulatedNow);
        var since = schedule.SinceLatestStart(elapsed) * floodPace;
        var plan = Plan;
        if (since is null || plan is null || _flood is null)
        {
            return (baseline, BaselineModel.Rainfall(random, interval));
        }

        if (ReferenceEquals(gauge, _flood) || gauge.Code.Equals(_flood.Code, StringComparison.OrdinalIgnoreCase))
        {
            return (Math.Max(baseline, plan.LevelAt(since.Value)), Rain(plan.RainMmPerHour(since.Value), random));
        }

        var (prefix, index) = GaugeSpec.Split(gauge.Code);
        var (floodPrefix, floodIndex) = GaugeSpec.Split(_flood.Code);
        if (prefix != floodPrefix || index <= floodIndex)
        {
            return (baseline, BaselineModel.Rainfall(random, interval));
        }

        var lag = TravelTimePerGauge * (index - floodIndex);
        var resting = BaselineModel.RestingLevel(gauge);
        var echo = plan.EchoLevelAt(since.Value, lag, resting, EchoPeakShareOfSiaga3 * gauge.Siaga3Cm);
        // The same storm over the lower catchment: less rain, a little later.
        return (Math.Max(baseline, echo), Rain(0.5 * plan.RainMmPerHour(since.Value - lag / 2), random));
    }

    /// <summary>
    /// A reading as the sensor reports it: with noise, to a millimetre, never below the gauge zero. With a
    /// <paramref name="follower"/>, the level moves toward the expected one no faster than the river can.
    /// </summary>
    public (double LevelCm, double RainfallMm) Sample(GaugeSpec gauge, DateTimeOffset simulatedNow, TimeSpan elapsed, Random random, LevelFollower? follower = null)
    {
        var (level, rain) = Expected(gauge, simulatedNow, elapsed, random);
        level = follower?.Next(level, interval) ?? level;
        return (Math.Round(Math.Max(0, level + BaselineModel.Noise(random)), 1), rain);
    }

    /// <summary>A follower for a gauge's device: from the server's level, at the flood's own rates at this pace.</summary>
    public LevelFollower FollowerFor(GaugeSpec gauge) =>
        new(gauge.LevelCm, FlashFlood.RiseCmPerMinute * floodPace, FlashFlood.FallCmPerMinute * floodPace);

    private double Rain(double mmPerHour, Random random) =>
        mmPerHour <= 0 ? 0 : Math.Round(mmPerHour * interval.TotalHours * (0.8 + 0.4 * random.NextDouble()), 1);
}
