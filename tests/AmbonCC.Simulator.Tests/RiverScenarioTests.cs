using AmbonCC.Simulator.Gauges;
using Microsoft.Extensions.Time.Testing;

namespace AmbonCC.Simulator.Tests;

public sealed class RiverScenarioTests
{
    private static readonly string[] Codes = ["PDA-BATUMERAH-1", "PDA-BATUMERAH-2", "PDA-BATUMERAH-3", "PDA-TOMU-1"];
    private static readonly GaugeSpec[] Gauges = [.. Codes.Select(c => GaugeSpec.Assumed(c, Codes))];
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    [Fact]
    public void Assumed_thresholds_follow_the_seed_upstream_and_the_mouth_is_tidal()
    {
        Assert.Equal((90, 140, false), (Gauges[0].Siaga3Cm, Gauges[0].Siaga2Cm, Gauges[0].Downstream));
        Assert.Equal((110, 170, true), (Gauges[2].Siaga3Cm, Gauges[2].Siaga2Cm, Gauges[2].Downstream));
        Assert.Equal((110, false), (Gauges[3].Siaga3Cm, Gauges[3].Downstream)); // a river with one gauge
    }

    [Fact]
    public void Baseline_stays_within_30_to_60_percent_of_siaga_3_through_two_days_of_tides()
    {
        var start = new DateTimeOffset(2026, 11, 27, 0, 0, 0, TimeSpan.FromHours(9));
        var random = new Random(1);
        foreach (var gauge in Gauges)
        {
            var levels = Enumerable.Range(0, 48 * 60).Select(m => BaselineModel.Level(gauge, start.AddMinutes(m))).ToList();
            Assert.All(levels, l => Assert.InRange(l, 0.30 * gauge.Siaga3Cm, 0.60 * gauge.Siaga3Cm));
            // Noise is small: a sample is within 1 cm of the expected level.
            Assert.InRange(BaselineModel.Noise(random), -1, 1);
        }

        var tidal = Enumerable.Range(0, 13 * 60).Select(m => BaselineModel.Level(Gauges[2], start.AddMinutes(m))).ToList();
        Assert.True(tidal.Max() - tidal.Min() > 10, "the mouth follows the tide");
    }

    [Fact]
    public void Rain_is_mostly_nothing_on_a_quiet_day()
    {
        var random = new Random(7);
        var dry = Enumerable.Range(0, 1000).Count(_ => BaselineModel.Rainfall(random, Interval) == 0);
        Assert.True(dry > 900, $"{dry} of 1000 dry");
    }

    [Fact]
    public void The_flood_gauge_crosses_siaga_3_and_2_at_the_planned_simulated_minutes()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 27, 14, 0, 0, TimeSpan.FromHours(9)));
        var clock = new SimClock(time, speed: 10);
        var schedule = new FloodSchedule(true, TimeSpan.FromMinutes(2), TimeSpan.Zero);
        var scenario = new RiverScenario(Gauges, "PDA-BATUMERAH-1", schedule, Interval);
        var plan = scenario.Plan!;
        var random = new Random(3);
        double Level() => scenario.Expected(Gauges[0], clock.SimulatedNow, clock.Elapsed, random).LevelCm;

        // At 10x, 16 simulated minutes pass in 96 real seconds.
        time.Advance(clock.Real(TimeSpan.FromMinutes(2) + plan.RisesThrough(90) - TimeSpan.FromSeconds(20)));
        Assert.True(Level() < 90);
        time.Advance(clock.Real(TimeSpan.FromSeconds(40)));
        Assert.True(Level() > 90);
        time.Advance(clock.Real(plan.RisesThrough(140) - plan.RisesThrough(90)));
        Assert.True(Level() > 140);
        Assert.True(scenario.Expected(Gauges[0], clock.SimulatedNow, clock.Elapsed, random).RainfallMm > 1, "a downpour");

        time.Advance(clock.Real(plan.FallsThrough(90) - plan.RisesThrough(140) + TimeSpan.FromMinutes(1)));
        Assert.True(Level() < 90);
        time.Advance(clock.Real(TimeSpan.FromHours(12)));
        Assert.True(Level() < 0.61 * 90, "back to a quiet river, and it stays there");
    }

    [Fact]
    public void Only_gauges_downstream_on_the_same_river_feel_the_flood()
    {
        var schedule = new FloodSchedule(true, TimeSpan.Zero, TimeSpan.Zero);
        var scenario = new RiverScenario(Gauges, "PDA-BATUMERAH-1", schedule, Interval);
        var at = new DateTimeOffset(2026, 11, 27, 14, 0, 0, TimeSpan.FromHours(9));
        var random = new Random(5);
        var peakDownstream = TimeSpan.FromMinutes(12) + scenario.Plan!.RiseEnd + TimeSpan.FromMinutes(1);

        var middle = scenario.Expected(Gauges[1], at, peakDownstream, random).LevelCm;
        Assert.InRange(middle, 0.7 * 110, 110); // clearly up, below its Siaga 3
        Assert.InRange(scenario.Expected(Gauges[3], at, peakDownstream, random).LevelCm, 0.3 * 110, 0.6 * 110);
    }

    [Fact]
    public void Floods_repeat_on_schedule()
    {
        var schedule = new FloodSchedule(true, TimeSpan.FromMinutes(30), TimeSpan.FromMinutes(180));
        Assert.Null(schedule.SinceLatestStart(TimeSpan.FromMinutes(29)));
        Assert.Equal(TimeSpan.FromMinutes(5), schedule.SinceLatestStart(TimeSpan.FromMinutes(35)));
        Assert.Equal(TimeSpan.FromMinutes(5), schedule.SinceLatestStart(TimeSpan.FromMinutes(215)));
        Assert.Null(FloodSchedule.None.SinceLatestStart(TimeSpan.FromHours(5)));
        Assert.Equal(TimeSpan.FromHours(5), new FloodSchedule(true, TimeSpan.Zero, TimeSpan.Zero).SinceLatestStart(TimeSpan.FromHours(5)));
    }
}
