namespace AmbonCC.RiverGauges;

/// <summary>
/// The alarm rules of one gauge as a pure state machine: feed it validated readings and clock ticks, persist
/// <see cref="State"/>, publish the returned changes. Rules:
/// <list type="bullet">
/// <item>The band follows the reading with the latest observedAt; an older reading is <see cref="GaugeChangeKind.OutOfOrder"/> and moves nothing.</item>
/// <item>A band steps up at once; it steps down only after the level stayed below (threshold − margin) for the hold time.</item>
/// <item>The rise alarm is raised when the rate over the last 10 minutes reaches the threshold and clears after it stayed below half of it for the hold time.</item>
/// <item>A seq seen among the recent ones is a <see cref="GaugeChangeKind.Duplicate"/>; no reading for the stale timeout raises the stale alarm, the next fresh reading clears it.</item>
/// </list>
/// Not thread-safe: a grain calls it from its single-threaded turn.
/// </summary>
public sealed partial class GaugeClassifier
{
    /// <summary>How many recent seqs are remembered for duplicate detection; the ledger's (gauge, seq) key is the durable guard.</summary>
    public const int SeqWindow = 1024;

    /// <summary>Most readings kept for the rate window (a gauge reporting every second fills 10 minutes with 600).</summary>
    public const int ReadingWindow = 1200;

    /// <summary>The rise alarm clears when the rate stays below this fraction of the threshold.</summary>
    public const double RiseClearFraction = 0.5;

    // Slack beyond the rate window so that a slightly late out-of-order reading still lands in it.
    private static readonly TimeSpan Retain = RateOfRise.Window + TimeSpan.FromMinutes(5);

    /// <summary>Wraps existing state (from storage) or starts fresh.</summary>
    public GaugeClassifier(GaugeThresholds thresholds, GaugeClassifierState? state = null)
    {
        ArgumentNullException.ThrowIfNull(thresholds);
        thresholds.Validate();
        Thresholds = thresholds;
        State = state ?? new GaugeClassifierState();
    }

    /// <summary>The rules in force.</summary>
    public GaugeThresholds Thresholds { get; private set; }

    /// <summary>The state to persist; the same instance is updated in place.</summary>
    public GaugeClassifierState State { get; }

    /// <summary>When, with no further reading, <see cref="CheckStale"/> would raise the stale alarm.</summary>
    public DateTimeOffset? StaleDueAt =>
        (State.Latest?.ObservedAt ?? State.WatchSince) is { } last ? last + Thresholds.StaleTimeout : null;

    /// <summary>Classifies one reading (already accepted by <see cref="ReadingValidator"/>); returns what changed, oldest cause first.</summary>
    public IReadOnlyList<GaugeChange> Apply(GaugeReading reading, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(reading);
        State.WatchSince ??= now;
        if (State.RecentSeqs.Contains(reading.Seq))
        {
            return [Change(GaugeChangeKind.Duplicate, reading, State.Band, reading.LevelCm)];
        }

        Remember(reading.Seq);
        if (State.Latest is { } latest && reading.ObservedAt <= latest.ObservedAt)
        {
            // Kept for the rate window (it may fill a gap) but it must not pull the current level backwards.
            if (reading.ObservedAt >= latest.ObservedAt - Retain)
            {
                InsertOrdered(reading);
            }

            return [Change(GaugeChangeKind.OutOfOrder, reading, State.Band, reading.LevelCm)];
        }

        State.Latest = reading;
        State.Recent.Add(reading);
        Trim(reading.ObservedAt);
        State.RateCmPer10Min = RateOfRise.CmPer10Min(State.Recent);

        var changes = new List<GaugeChange>();
        if (State.Stale && now - reading.ObservedAt < Thresholds.StaleTimeout)
        {
            State.Stale = false;
            changes.Add(Change(GaugeChangeKind.StaleCleared, reading, State.Band));
        }

        ClassifyBand(reading, changes);
        ClassifyRise(reading, changes);
        return changes;
    }

    /// <summary>Raises the stale alarm when nothing fresh arrived for the stale timeout. Safe to call repeatedly.</summary>
    public IReadOnlyList<GaugeChange> CheckStale(DateTimeOffset now)
    {
        State.WatchSince ??= now;
        if (State.Stale || StaleDueAt is not { } due || now < due)
        {
            return [];
        }

        State.Stale = true;
        return [new GaugeChange(GaugeChangeKind.StaleRaised, now, State.Band, State.Band, State.Latest?.Seq, State.Latest?.LevelCm, State.RateCmPer10Min)];
    }

    /// <summary>
    /// Puts new thresholds in force. A current level now in a worse band steps up at once; a better band is
    /// reached through the normal hold, which restarts with the next reading.
    /// </summary>
    public IReadOnlyList<GaugeChange> Reconfigure(GaugeThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(thresholds);
        thresholds.Validate();
        Thresholds = thresholds;
        State.BelowSince = null;
        State.CalmSince = null;
        if (State.Latest is not { } latest || thresholds.BandOf(latest.LevelCm) <= State.Band)
        {
            return [];
        }

        var from = State.Band;
        State.Band = thresholds.BandOf(latest.LevelCm);
        return [new GaugeChange(GaugeChangeKind.BandRaised, latest.ObservedAt, from, State.Band, latest.Seq, latest.LevelCm, State.RateCmPer10Min)];
    }

    private GaugeChange Change(GaugeChangeKind kind, GaugeReading reading, SiagaLevel from, double? levelCm = null) =>
        new(kind, reading.ObservedAt, from, State.Band, reading.Seq, levelCm ?? State.Latest?.LevelCm, State.RateCmPer10Min);

    private void Remember(long seq)
    {
        State.RecentSeqs.Add(seq);
        if (State.RecentSeqs.Count > SeqWindow)
        {
            State.RecentSeqs.RemoveRange(0, State.RecentSeqs.Count - SeqWindow);
        }
    }

    private void InsertOrdered(GaugeReading reading)
    {
        int i = State.Recent.FindLastIndex(r => r.ObservedAt <= reading.ObservedAt);
        State.Recent.Insert(i + 1, reading);
        if (State.Recent.Count > ReadingWindow)
        {
            State.Recent.RemoveAt(0);
        }
    }

    private void Trim(DateTimeOffset newest)
    {
        int drop = 0;
        while (drop < State.Recent.Count && (State.Recent[drop].ObservedAt < newest - Retain || State.Recent.Count - drop > ReadingWindow))
        {
            drop++;
        }

        State.Recent.RemoveRange(0, drop);
    }
}
