using AmbonCC.Simulator.Gauges;

namespace AmbonCC.Simulator.Tests;

public sealed class FlashFloodTests
{
    // PDA-BATUMERAH-1 as the seed makes it: an upstream gauge at 80 / 130 / 180 cm, resting around 36 cm.
    private static readonly FlashFlood Flood = new(RestingCm: 36, Siaga3Cm: 80, Siaga2Cm: 130);

    [Fact]
    public void Rises_forty_centimetres_in_ten_minutes()
    {
        var start = FlashFlood.RainLead + TimeSpan.FromMinutes(2);
        var rise = Flood.LevelAt(start + TimeSpan.FromMinutes(10)) - Flood.LevelAt(start);
        Assert.Equal(40, rise, precision: 6);
    }

    [Fact]
    public void Rests_before_the_rain_reaches_the_channel()
    {
        Assert.Equal(36, Flood.LevelAt(TimeSpan.Zero));
        Assert.Equal(36, Flood.LevelAt(FlashFlood.RainLead));
        Assert.True(Flood.RainMmPerHour(TimeSpan.FromMinutes(1)) > 50, "heavy rain comes first");
    }

    [Fact]
    public void Crosses_siaga_3_then_siaga_2_at_the_expected_minutes()
    {
        // (80 - 36) / 4 = 11 min after the 5-minute lead; (130 - 36) / 4 = 23.5 min after it.
        Assert.Equal(TimeSpan.FromMinutes(16), Flood.RisesThrough(80));
        Assert.Equal(TimeSpan.FromMinutes(28.5), Flood.RisesThrough(130));
        Assert.True(Flood.LevelAt(TimeSpan.FromMinutes(15.9)) < 80);
        Assert.True(Flood.LevelAt(TimeSpan.FromMinutes(16.1)) > 80);
        Assert.True(Flood.LevelAt(TimeSpan.FromMinutes(28.4)) < 130);
        Assert.True(Flood.LevelAt(TimeSpan.FromMinutes(28.6)) > 130);
    }

    [Fact]
    public void Peaks_above_siaga_2_by_a_margin_and_holds()
    {
        Assert.Equal(155, Flood.PeakCm);
        Assert.Equal(155, Flood.LevelAt(Flood.RiseEnd));
        Assert.Equal(155, Flood.LevelAt(Flood.PeakEnd));
        Assert.Equal(FlashFlood.PeakHold, Flood.PeakEnd - Flood.RiseEnd);
    }

    [Fact]
    public void Falls_below_siaga_2_then_siaga_3_and_stays_down()
    {
        var belowTwo = Flood.FallsThrough(130);
        var belowThree = Flood.FallsThrough(80);
        Assert.True(belowTwo < belowThree);
        Assert.Equal(Flood.PeakEnd + TimeSpan.FromMinutes(10), belowTwo); // (155 - 130) / 2.5
        Assert.True(Flood.LevelAt(belowThree + TimeSpan.FromSeconds(30)) < 80);

        for (var t = belowThree + TimeSpan.FromSeconds(30); t < Flood.End + TimeSpan.FromHours(6); t += TimeSpan.FromMinutes(1))
        {
            Assert.True(Flood.LevelAt(t) < 80, $"level back over Siaga 3 at {t}");
        }

        Assert.Equal(36, Flood.LevelAt(Flood.End + TimeSpan.FromHours(1)));
        Assert.Equal(0, Flood.RainMmPerHour(Flood.End));
    }

    [Fact]
    public void Never_jumps_more_than_the_rise_rate_between_minute_readings()
    {
        var previous = Flood.LevelAt(TimeSpan.Zero);
        for (var t = TimeSpan.FromMinutes(1); t < Flood.End + TimeSpan.FromMinutes(5); t += TimeSpan.FromMinutes(1))
        {
            var level = Flood.LevelAt(t);
            Assert.InRange(level - previous, -FlashFlood.FallCmPerMinute - 1e-9, FlashFlood.RiseCmPerMinute + 1e-9);
            previous = level;
        }
    }

    [Fact]
    public void The_echo_downstream_comes_later_and_stays_below_its_siaga_3()
    {
        var lag = TimeSpan.FromMinutes(12);
        const double echoResting = 50, echoPeak = 0.85 * 120;
        Assert.Equal(echoResting, Flood.EchoLevelAt(FlashFlood.RainLead + lag, lag, echoResting, echoPeak));
        Assert.True(Flood.EchoLevelAt(FlashFlood.RainLead + lag + TimeSpan.FromMinutes(1), lag, echoResting, echoPeak) > echoResting);
        Assert.Equal(echoPeak, Flood.EchoLevelAt(Flood.RiseEnd + lag, lag, echoResting, echoPeak), precision: 6);
        for (var t = TimeSpan.Zero; t < Flood.End + lag; t += TimeSpan.FromMinutes(1))
        {
            Assert.True(Flood.EchoLevelAt(t, lag, echoResting, echoPeak) < 120);
        }
    }
}
