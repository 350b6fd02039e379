using AmbonCC.RiverGauges;

namespace AmbonCC.UnitTests.RiverGauges;

public class GaugeClassifierRiseTests
{
    [Fact]
    public void Katulampa_like_rise_of_50_cm_in_5_minutes_raises_the_rise_alarm()
    {
        var s = new GaugeScenario();
        s.ReadAll(Enumerable.Repeat(40.0, 10).ToArray());
        s.ReadAll(50, 60, 70, 80, 90);

        var alarm = Assert.Single(s.Of(GaugeChangeKind.RiseAlarmRaised));
        Assert.True(alarm.RateCmPer10Min >= 30, $"rate {alarm.RateCmPer10Min}");
        Assert.True(s.Classifier.State.RiseAlarm);
    }

    [Fact]
    public void The_rise_alarm_comes_before_the_band_when_the_level_is_still_low()
    {
        // Journey 1: 40 cm in 10 minutes while still below Siaga 3 turns the gauge amber first.
        var s = new GaugeScenario();
        s.ReadAll(Enumerable.Repeat(20.0, 5).ToArray());
        s.ReadAll(Enumerable.Range(1, 10).Select(i => 20.0 + (4 * i)).ToArray());

        Assert.Single(s.Of(GaugeChangeKind.RiseAlarmRaised));
        Assert.Empty(s.Of(GaugeChangeKind.BandRaised));
        Assert.Equal(SiagaLevel.Siaga4, s.Classifier.State.Band);
    }

    [Fact]
    public void A_slow_rise_does_not_raise_the_rise_alarm()
    {
        var s = new GaugeScenario();
        // 1 cm every 2 minutes for two hours: 5 cm per 10 minutes, well under 30.
        s.ReadAll(Enumerable.Range(0, 120).Select(i => 20.0 + (i / 2.0)).ToArray());

        Assert.Empty(s.Of(GaugeChangeKind.RiseAlarmRaised));
        Assert.InRange(s.Classifier.State.RateCmPer10Min!.Value, 4, 6);
    }

    [Fact]
    public void Noise_does_not_raise_the_rise_alarm()
    {
        var s = new GaugeScenario();
        s.ReadAll(Enumerable.Range(0, 60).Select(i => 50.0 + (i % 2 == 0 ? 3 : -3)).ToArray());

        Assert.Empty(s.Of(GaugeChangeKind.RiseAlarmRaised));
    }

    [Fact]
    public void Rate_needs_readings_spanning_four_minutes()
    {
        var s = new GaugeScenario();
        s.Read(40);
        s.Read(70);
        s.Read(100);
        s.Read(130); // three minutes span: a jump, but no rate yet

        Assert.Null(s.Classifier.State.RateCmPer10Min);
        Assert.Empty(s.Of(GaugeChangeKind.RiseAlarmRaised));

        s.Read(160);
        Assert.Single(s.Of(GaugeChangeKind.RiseAlarmRaised));
    }

    [Fact]
    public void The_rise_alarm_clears_only_after_the_rate_stayed_low_for_the_hold_time()
    {
        var s = new GaugeScenario();
        s.ReadAll(Enumerable.Range(0, 8).Select(i => 40.0 + (8 * i)).ToArray());
        Assert.Single(s.Of(GaugeChangeKind.RiseAlarmRaised));

        // Flat: the fitted rate decays over the 10-minute window, then must stay low for 30 minutes.
        s.ReadAll(Enumerable.Repeat(96.0, 30).ToArray());
        Assert.Empty(s.Of(GaugeChangeKind.RiseAlarmCleared));

        s.ReadAll(Enumerable.Repeat(96.0, 15).ToArray());
        var cleared = Assert.Single(s.Of(GaugeChangeKind.RiseAlarmCleared));
        Assert.True(cleared.RateCmPer10Min < 15);
        Assert.False(s.Classifier.State.RiseAlarm);
    }
}
