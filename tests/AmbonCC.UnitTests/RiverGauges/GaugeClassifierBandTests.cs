using AmbonCC.RiverGauges;

namespace AmbonCC.UnitTests.RiverGauges;

public class GaugeClassifierBandTests
{
    [Theory]
    [InlineData(79.9, SiagaLevel.Siaga4)]
    [InlineData(80, SiagaLevel.Siaga3)]
    [InlineData(150, SiagaLevel.Siaga2)]
    [InlineData(199, SiagaLevel.Siaga2)]
    [InlineData(200, SiagaLevel.Siaga1)]
    public void Band_of_a_level_includes_the_threshold(double level, SiagaLevel expected) =>
        Assert.Equal(expected, GaugeScenario.Katulampa.BandOf(level));

    [Fact]
    public void Crossing_each_band_upwards_raises_once_per_band()
    {
        var s = new GaugeScenario();
        s.ReadAll(50, 79, 81, 120, 151, 180, 201, 230);

        var raised = s.Of(GaugeChangeKind.BandRaised).ToList();
        Assert.Equal(
            [(SiagaLevel.Siaga4, SiagaLevel.Siaga3), (SiagaLevel.Siaga3, SiagaLevel.Siaga2), (SiagaLevel.Siaga2, SiagaLevel.Siaga1)],
            raised.Select(c => (c.FromBand, c.ToBand)));
        Assert.Equal([81.0, 151.0, 201.0], raised.Select(c => c.LevelCm!.Value));
        Assert.Equal(SiagaLevel.Siaga1, s.Classifier.State.Band);
    }

    [Fact]
    public void A_direct_jump_goes_straight_to_Siaga_1_in_one_change()
    {
        var s = new GaugeScenario();
        s.Read(40);
        var changes = s.Read(215);

        var change = Assert.Single(changes, c => c.Kind == GaugeChangeKind.BandRaised);
        Assert.Equal(SiagaLevel.Siaga4, change.FromBand);
        Assert.Equal(SiagaLevel.Siaga1, change.ToBand);
        Assert.Equal(1, change.ToBand.Number());
    }

    [Fact]
    public void Noisy_readings_around_a_threshold_do_not_flap()
    {
        var s = new GaugeScenario();
        // Two hours of ±3 cm noise around Siaga 3 (80 cm), a reading a minute.
        for (int i = 0; i < 120; i++)
        {
            s.Read(80 + (i % 2 == 0 ? 3 : -3) + (i % 3 - 1));
        }

        Assert.Single(s.Of(GaugeChangeKind.BandRaised));
        Assert.Empty(s.Of(GaugeChangeKind.BandLowered));
        Assert.Equal(SiagaLevel.Siaga3, s.Classifier.State.Band);
    }

    [Fact]
    public void Steps_down_only_after_the_level_stayed_below_threshold_minus_margin_for_the_hold_time()
    {
        var s = new GaugeScenario();
        s.Read(160);
        // Below 150 but within the 10 cm margin: not yet below for the hold.
        for (int i = 0; i < 40; i++)
        {
            s.Read(145);
        }

        Assert.Empty(s.Of(GaugeChangeKind.BandLowered));

        // Clearly below (139 < 140) from now on: 29 minutes is not enough...
        for (int i = 0; i < 30; i++)
        {
            s.Read(139);
        }

        Assert.Empty(s.Of(GaugeChangeKind.BandLowered));
        Assert.Equal(s.Classifier.State.BelowSince!.Value.AddMinutes(29), s.Classifier.State.Latest!.ObservedAt);

        // ...the 31st reading is 30 minutes after the first one below.
        var changes = s.Read(139);
        var lowered = Assert.Single(changes);
        Assert.Equal(GaugeChangeKind.BandLowered, lowered.Kind);
        Assert.Equal((SiagaLevel.Siaga2, SiagaLevel.Siaga3), (lowered.FromBand, lowered.ToBand));
    }

    [Fact]
    public void A_reading_back_above_the_margin_restarts_the_hold()
    {
        var s = new GaugeScenario();
        s.Read(160);
        for (int i = 0; i < 20; i++)
        {
            s.Read(130);
        }

        s.Read(146); // within the margin: the hold starts over
        for (int i = 0; i < 20; i++)
        {
            s.Read(130);
        }

        Assert.Empty(s.Of(GaugeChangeKind.BandLowered));
        s.ReadAll(Enumerable.Repeat(130.0, 11).ToArray());
        Assert.Single(s.Of(GaugeChangeKind.BandLowered));
    }

    [Fact]
    public void Stepping_down_lands_on_the_worst_band_seen_during_the_hold()
    {
        var s = new GaugeScenario();
        s.Read(210);
        s.Read(50);
        s.Read(120); // Siaga 3 during the hold: the step down must not go lower than that
        for (int i = 0; i < 30; i++)
        {
            s.Read(60);
        }

        var first = s.Of(GaugeChangeKind.BandLowered).First();
        Assert.Equal((SiagaLevel.Siaga1, SiagaLevel.Siaga3), (first.FromBand, first.ToBand));

        s.ReadAll(Enumerable.Repeat(60.0, 31).ToArray());
        Assert.Equal(SiagaLevel.Siaga4, s.Classifier.State.Band);
        Assert.Equal(2, s.Of(GaugeChangeKind.BandLowered).Count());
    }

    [Fact]
    public void Reconfiguring_lower_thresholds_raises_the_band_at_once()
    {
        var s = new GaugeScenario();
        s.Read(100);
        var changes = s.Classifier.Reconfigure(GaugeScenario.Katulampa with { Siaga2Cm = 95, Siaga3Cm = 60 });

        var change = Assert.Single(changes);
        Assert.Equal((SiagaLevel.Siaga3, SiagaLevel.Siaga2), (change.FromBand, change.ToBand));
    }
}
