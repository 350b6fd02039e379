namespace AmbonCC.RiverGauges;

/// <summary>Turns a long range of readings into buckets for charts and the history API.</summary>
public static class ReadingDownsampler
{
    /// <summary>
    /// Groups readings into consecutive buckets of <paramref name="bucket"/> aligned to whole multiples of it in
    /// local time at <paramref name="offset"/> (the city's, from <c>CityClock.OffsetAt</c>, so that day buckets start at local midnight); empty buckets are left out. Returns buckets in
    /// time order with min, max, average and the last reading's level.
    /// </summary>
    public static IReadOnlyList<ReadingBucket> Downsample(IEnumerable<GaugeReading> readings, TimeSpan bucket, TimeSpan offset)
    {
        ArgumentNullException.ThrowIfNull(readings);
        if (bucket < TimeSpan.FromSeconds(1))
        {
            throw new ArgumentOutOfRangeException(nameof(bucket), "A bucket is at least one second.");
        }

        var local = offset;
        var result = new List<ReadingBucket>();
        foreach (var group in readings
            .Where(r => double.IsFinite(r.LevelCm))
            .OrderBy(r => r.ObservedAt)
            .GroupBy(r => BucketStart(r.ObservedAt, bucket, local)))
        {
            double min = double.MaxValue, max = double.MinValue, sum = 0;
            int count = 0;
            GaugeReading last = null!;
            foreach (var r in group)
            {
                min = Math.Min(min, r.LevelCm);
                max = Math.Max(max, r.LevelCm);
                sum += r.LevelCm;
                count++;
                last = r;
            }

            result.Add(new ReadingBucket(group.Key, group.Key + bucket, count, min, max, sum / count, last.LevelCm, last.ObservedAt));
        }

        return result;
    }

    private static DateTimeOffset BucketStart(DateTimeOffset at, TimeSpan bucket, TimeSpan offset)
    {
        var localTicks = at.UtcTicks + offset.Ticks;
        var startTicks = localTicks - (localTicks % bucket.Ticks);
        return new DateTimeOffset(startTicks, offset);
    }
}
