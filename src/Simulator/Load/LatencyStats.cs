using System.Globalization;
using AmbonCC.Simulator.Http;

namespace AmbonCC.Simulator.Load;

/// <summary>Counts and latencies of one reporting window; thread-safe, emptied by <see cref="TakeWindow"/>.</summary>
internal sealed class LatencyStats
{
    private readonly Lock _gate = new();
    private List<double> _latencies = [];
    private Window _counts = new();

    public void Record(ApiResult result, int readings)
    {
        lock (_gate)
        {
            _latencies.Add(result.Latency.TotalMilliseconds);
            _counts = result.Outcome switch
            {
                Outcome.Accepted => _counts with { Readings = _counts.Readings + readings, Requests = _counts.Requests + 1 },
                Outcome.Throttled => _counts with { Throttled = _counts.Throttled + 1, Requests = _counts.Requests + 1 },
                Outcome.Rejected => _counts with { Rejected = _counts.Rejected + 1, Requests = _counts.Requests + 1 },
                _ => _counts with { Failed = _counts.Failed + 1, Requests = _counts.Requests + 1 },
            };
            if (result.Outcome != Outcome.Accepted)
            {
                _counts = _counts with { LastError = $"{result.StatusText} {result.Detail}".Trim() };
            }
        }
    }

    public (Window Counts, double[] LatenciesMs) TakeWindow()
    {
        lock (_gate)
        {
            var taken = (_counts, _latencies.ToArray());
            _latencies = new List<double>(taken.Item2.Length);
            _counts = new Window();
            return taken;
        }
    }

    /// <summary>Nearest-rank percentile (0–100) of unsorted values; 0 for none.</summary>
    public static double Percentile(IReadOnlyList<double> values, double percentile)
    {
        if (values.Count == 0)
        {
            return 0;
        }

        var sorted = values.Order().ToArray();
        var rank = (int)Math.Ceiling(percentile / 100 * sorted.Length);
        return sorted[Math.Clamp(rank, 1, sorted.Length) - 1];
    }

    public static string Format(Window counts, double[] latencies, TimeSpan window, long backlog)
    {
        var max = latencies.Length == 0 ? 0 : latencies.Max();
        var line = string.Create(
            CultureInfo.InvariantCulture,
            $"{counts.Readings / window.TotalSeconds:0} readings/s ({counts.Requests} requests) · errors 429/503 {counts.Throttled}, 4xx {counts.Rejected}, 5xx/net {counts.Failed} · latency p50 {Percentile(latencies, 50):0.0} ms p99 {Percentile(latencies, 99):0.0} ms max {max:0.0} ms · backlog {backlog}");
        return counts.LastError is null ? line : $"{line} · last error: {counts.LastError}";
    }

    internal sealed record Window(long Readings = 0, long Requests = 0, long Throttled = 0, long Rejected = 0, long Failed = 0, string? LastError = null);
}
