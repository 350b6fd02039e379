using AmbonCC.RiverGauges;

namespace AmbonCC.UnitTests.RiverGauges;

/// <summary>Staleness, duplicates, out-of-order readings and bounded memory.</summary>
public class GaugeClassifierFeedTests
{
    [Fact]
    public void No_reading_for_the_stale_timeout_raises_stale_once_and_the_next_reading_clears_it()
    {
        var s = new GaugeScenario();
        s.Read(50, step: TimeSpan.Zero);

        s.Time.Advance(TimeSpan.FromMinutes(9));
        Assert.Empty(s.Classifier.CheckStale(s.Now));
        Assert.Equal(GaugeScenario.Start.AddMinutes(10), s.Classifier.StaleDueAt);

        s.Time.Advance(TimeSpan.FromMinutes(1));
        var raised = Assert.Single(s.Classifier.CheckStale(s.Now));
        Assert.Equal(GaugeChangeKind.StaleRaised, raised.Kind);
        Assert.Equal(s.Now, raised.At);
        Assert.Empty(s.Classifier.CheckStale(s.Now.AddMinutes(5)));

        var changes = s.Read(52);
        Assert.Equal(GaugeChangeKind.StaleCleared, Assert.Single(changes).Kind);
        Assert.False(s.Classifier.State.Stale);
    }

    [Fact]
    public void A_gauge_that_never_reports_goes_stale_from_when_watching_began()
    {
        var s = new GaugeScenario();
        Assert.Empty(s.Classifier.CheckStale(s.Now));
        s.Time.Advance(TimeSpan.FromMinutes(10));
        Assert.Equal(GaugeChangeKind.StaleRaised, Assert.Single(s.Classifier.CheckStale(s.Now)).Kind);
    }

    [Fact]
    public void A_backfilled_old_reading_does_not_clear_stale()
    {
        var s = new GaugeScenario();
        s.Read(50, step: TimeSpan.FromMinutes(30));
        Assert.Single(s.Classifier.CheckStale(s.Now));

        var old = new GaugeReading(99, s.Now.AddMinutes(-20), 51);
        Assert.Empty(s.Classifier.Apply(old, s.Now));
        Assert.True(s.Classifier.State.Stale);
    }

    [Fact]
    public void A_repeated_seq_is_a_duplicate_and_changes_nothing()
    {
        var s = new GaugeScenario();
        var reading = new GaugeReading(7, s.Now, 120);
        Assert.Contains(s.Classifier.Apply(reading, s.Now), c => c.Kind == GaugeChangeKind.BandRaised);

        var again = s.Classifier.Apply(reading with { LevelCm = 250 }, s.Now.AddSeconds(5));
        var duplicate = Assert.Single(again);
        Assert.Equal(GaugeChangeKind.Duplicate, duplicate.Kind);
        Assert.Equal(7, duplicate.Seq);
        Assert.Equal(SiagaLevel.Siaga3, s.Classifier.State.Band);
        Assert.Equal(120, s.Classifier.State.Latest!.LevelCm);
    }

    [Fact]
    public void An_out_of_order_reading_is_reported_and_does_not_move_level_or_band()
    {
        var s = new GaugeScenario();
        var t = s.Now;
        s.Classifier.Apply(new GaugeReading(2, t.AddMinutes(2), 160), t.AddMinutes(2));

        var changes = s.Classifier.Apply(new GaugeReading(1, t.AddMinutes(1), 40), t.AddMinutes(3));

        var change = Assert.Single(changes);
        Assert.Equal(GaugeChangeKind.OutOfOrder, change.Kind);
        Assert.Equal(40, change.LevelCm);
        Assert.Equal(SiagaLevel.Siaga2, s.Classifier.State.Band);
        Assert.Equal(160, s.Classifier.State.Latest!.LevelCm);
        Assert.Equal([t.AddMinutes(1), t.AddMinutes(2)], s.Classifier.State.Recent.Select(r => r.ObservedAt));
    }

    [Fact]
    public void State_survives_a_round_trip_through_a_new_classifier()
    {
        var s = new GaugeScenario();
        s.ReadAll(100, 101, 102);
        var restored = new GaugeClassifier(GaugeScenario.Katulampa, s.Classifier.State);

        Assert.Equal(GaugeChangeKind.Duplicate, Assert.Single(restored.Apply(new GaugeReading(1, s.Now, 101), s.Now)).Kind);
        Assert.Empty(restored.Apply(new GaugeReading(3, s.Now, 103), s.Now));
    }

    [Fact]
    public void Memory_stays_bounded_over_a_day_of_readings()
    {
        var s = new GaugeScenario();
        for (int i = 0; i < 24 * 60 * 2; i++)
        {
            s.Read(50 + (i % 7), TimeSpan.FromSeconds(30));
        }

        Assert.InRange(s.Classifier.State.Recent.Count, 20, 31);
        Assert.Equal(GaugeClassifier.SeqWindow, s.Classifier.State.RecentSeqs.Count);
    }
}
