using AmbonCC.Simulator.Http;
using AmbonCC.Simulator.Load;

namespace AmbonCC.Simulator.Tests;

public sealed class LatencyStatsTests
{
    [Fact]
    public void Percentiles_are_nearest_rank()
    {
        var values = Enumerable.Range(1, 100).Select(i => (double)i).Reverse().ToArray();
        Assert.Equal(50, LatencyStats.Percentile(values, 50));
        Assert.Equal(99, LatencyStats.Percentile(values, 99));
        Assert.Equal(100, LatencyStats.Percentile(values, 100));
        Assert.Equal(0, LatencyStats.Percentile([], 99));
    }

    [Fact]
    public void A_window_counts_readings_and_errors_then_starts_afresh()
    {
        var stats = new LatencyStats();
        stats.Record(new ApiResult(Outcome.Accepted, 202, "", TimeSpan.FromMilliseconds(3)), readings: 5);
        stats.Record(new ApiResult(Outcome.Throttled, 429, "", TimeSpan.FromMilliseconds(1)), readings: 5);
        stats.Record(new ApiResult(Outcome.Failed, 0, "refused", TimeSpan.FromMilliseconds(9)), readings: 5);

        var (counts, latencies) = stats.TakeWindow();
        Assert.Equal(new LatencyStats.Window(Readings: 5, Requests: 3, Throttled: 1, Rejected: 0, Failed: 1, LastError: "network refused"), counts);
        Assert.Equal(3, latencies.Length);
        Assert.Contains("p99 9.0 ms", LatencyStats.Format(counts, latencies, TimeSpan.FromSeconds(5), 0));
        Assert.Equal(0, stats.TakeWindow().Counts.Requests);
    }
}
