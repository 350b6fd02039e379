using AmbonCC.RiverGauges;

namespace AmbonCC.Web.Components.Rivers;

/// <summary>A chart window read through the gauge history contract: full resolution live, hourly buckets for the week.</summary>
public sealed record GaugeHistory(DateTimeOffset From, DateTimeOffset To, List<ChartPoint> Points)
{
    public static readonly TimeSpan LiveWindow = TimeSpan.FromHours(3);

    public static async Task<GaugeHistory> LiveAsync(IGaugeHistoryGrain history, string code, DateTimeOffset now)
    {
        var from = now - LiveWindow;
        var rows = await history.GetReadingsAsync(code, from, now.AddMinutes(5), 20_000);
        List<ChartPoint> points = [.. rows.Select(r => new ChartPoint(r.Reading.ObservedAt, r.Reading.LevelCm)).OrderBy(p => p.At)];
        // Readings stamped slightly ahead of this clock still belong on the chart.
        var to = points.Count > 0 && points[^1].At > now ? points[^1].At : now;
        return new GaugeHistory(from, to, points);
    }

    public static async Task<GaugeHistory> WeekAsync(IGaugeHistoryGrain history, string code, DateTimeOffset now)
    {
        var from = now.AddDays(-7);
        var buckets = await history.GetBucketsAsync(code, from, now, TimeSpan.FromHours(1));
        // Each bucket is drawn at its middle, with its min..max as the envelope.
        return new GaugeHistory(from, now, [.. buckets.Select(b => new ChartPoint(b.Start.AddMinutes(30), b.AvgLevelCm, b.MinLevelCm, b.MaxLevelCm))]);
    }
}
