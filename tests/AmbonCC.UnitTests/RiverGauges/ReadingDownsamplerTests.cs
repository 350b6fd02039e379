using AmbonCC.City;
using AmbonCC.RiverGauges;

namespace AmbonCC.UnitTests.RiverGauges;

public class ReadingDownsamplerTests
{
    private static readonly TimeSpan Wit = CityClock.Ambon().OffsetAt(DateTimeOffset.UnixEpoch);

    [Fact]
    public void Buckets_carry_min_max_avg_and_last_in_time_order()
    {
        var t = new DateTimeOffset(2026, 1, 15, 10, 0, 0, Wit);
        GaugeReading[] readings =
        [
            new(3, t.AddMinutes(40), 30),
            new(1, t.AddMinutes(5), 10),
            new(2, t.AddMinutes(20), 50),
            new(4, t.AddMinutes(70), 70),
        ];

        var buckets = ReadingDownsampler.Downsample(readings, TimeSpan.FromHours(1), Wit);

        Assert.Equal(2, buckets.Count);
        var first = buckets[0];
        Assert.Equal((t, t.AddHours(1), 3), (first.Start, first.End, first.Count));
        Assert.Equal((10.0, 50.0, 30.0, 30.0), (first.MinCm, first.MaxCm, first.AvgCm, first.LastCm));
        Assert.Equal(t.AddMinutes(40), first.LastObservedAt);
        Assert.Equal((t.AddHours(1), 1, 70.0), (buckets[1].Start, buckets[1].Count, buckets[1].LastCm));
    }

    [Fact]
    public void Day_buckets_start_at_local_midnight_even_for_utc_input()
    {
        var utc = new DateTimeOffset(2026, 1, 15, 16, 0, 0, TimeSpan.Zero); // 01:00 WIT on the 16th

        var bucket = Assert.Single(ReadingDownsampler.Downsample([new GaugeReading(1, utc, 5)], TimeSpan.FromDays(1), Wit));

        Assert.Equal(new DateTimeOffset(2026, 1, 16, 0, 0, 0, Wit), bucket.Start);
        Assert.Equal(Wit, bucket.Start.Offset);
    }

    [Fact]
    public void Empty_input_gives_no_buckets_and_tiny_buckets_are_refused()
    {
        Assert.Empty(ReadingDownsampler.Downsample([], TimeSpan.FromMinutes(5), Wit));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReadingDownsampler.Downsample([], TimeSpan.Zero, Wit));
    }
}
