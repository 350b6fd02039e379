namespace AmbonCC.Web.Live;

/// <summary>The live path's figures over the last minute (and since start), as the Ops page shows them.</summary>
/// <param name="P50Ms">Upper bound of the histogram bin that holds the median, in ms.</param>
/// <param name="P99Ms">Upper bound of the bin that holds the 99th percentile (the exact maximum when above the bins).</param>
public sealed record LiveLagSnapshot(
    long Delivered, double P50Ms, double P99Ms, double MaxMs, long Coalesced, long Dropped,
    long TotalDelivered, long TotalCoalesced, long TotalDropped);

/// <summary>
/// Lag from an event's <c>At</c> to its hand-over to a circuit or SSE reader, in one-second buckets of a fixed
/// histogram, so that recording costs a few increments and the figures cover exactly the last minute.
/// </summary>
public sealed class LiveLagMetrics(TimeProvider time)
{
    /// <summary>Bin upper bounds in ms; the last bin is open.</summary>
    public static readonly double[] BinsMs = [1, 2, 5, 10, 25, 50, 100, 250, 500, 1_000, 2_500, 5_000, 10_000, 30_000];

    private const int Seconds = 60;
    private readonly Lock gate = new();
    private readonly Bucket[] buckets = [.. Enumerable.Range(0, Seconds).Select(_ => new Bucket())];
    private long totalDelivered, totalCoalesced, totalDropped;

    public void Delivered(TimeSpan lag)
    {
        var ms = Math.Max(0, lag.TotalMilliseconds);
        var bin = Array.BinarySearch(BinsMs, ms);
        bin = bin >= 0 ? bin : ~bin;
        lock (gate)
        {
            var b = Current();
            b.Bins[bin]++;
            b.Max = Math.Max(b.Max, ms);
            totalDelivered++;
        }
    }

    public void Coalesced()
    {
        lock (gate)
        {
            Current().Coalesced++;
            totalCoalesced++;
        }
    }

    public void Dropped()
    {
        lock (gate)
        {
            Current().Dropped++;
            totalDropped++;
        }
    }

    public LiveLagSnapshot Snapshot()
    {
        var bins = new long[BinsMs.Length + 1];
        double max = 0;
        long coalesced = 0, dropped = 0;
        lock (gate)
        {
            var now = Second();
            foreach (var b in buckets.Where(b => b.Second > now - Seconds))
            {
                for (var i = 0; i < bins.Length; i++)
                {
                    bins[i] += b.Bins[i];
                }

                max = Math.Max(max, b.Max);
                coalesced += b.Coalesced;
                dropped += b.Dropped;
            }

            var count = bins.Sum();
            return new LiveLagSnapshot(
                count, Percentile(bins, count, 0.50, max), Percentile(bins, count, 0.99, max), max, coalesced, dropped,
                totalDelivered, totalCoalesced, totalDropped);
        }
    }

    private static double Percentile(long[] bins, long count, double q, double max)
    {
        if (count == 0)
        {
            return 0;
        }

        var rank = (long)Math.Ceiling(q * count);
        long seen = 0;
        for (var i = 0; i < bins.Length; i++)
        {
            seen += bins[i];
            if (seen >= rank)
            {
                return i < BinsMs.Length ? Math.Min(BinsMs[i], max) : max;
            }
        }

        return max;
    }

    private long Second() => time.GetUtcNow().ToUnixTimeSeconds();

    private Bucket Current()
    {
        var second = Second();
        var b = buckets[(int)(second % Seconds)];
        if (b.Second != second)
        {
            Array.Clear(b.Bins);
            (b.Second, b.Max, b.Coalesced, b.Dropped) = (second, 0, 0, 0);
        }

        return b;
    }

    private sealed class Bucket
    {
        public long Second { get; set; } = long.MinValue;

        public long[] Bins { get; } = new long[BinsMs.Length + 1];

        public double Max { get; set; }

        public long Coalesced { get; set; }

        public long Dropped { get; set; }
    }
}
