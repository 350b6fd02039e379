using System.Diagnostics;
using System.Globalization;

namespace AmbonCC.Bench.Latency;

/// <summary>The figures of one run, from the measured window's samples only (warm-up readings are ignored).</summary>
internal static class Report
{
    public static void Print(BenchOptions o, Recorder recorder, (long Start, long End) window, long events)
    {
        var measured = recorder.Samples.Where(s => s.Measured && s.SentAt != 0).ToList();
        var seconds = (window.End - window.Start) / (double)Stopwatch.Frequency;
        var ok = measured.Where(s => s.Status is >= 200 and < 300).ToList();
        var completed = recorder.Samples.Count(s => s.Status is >= 200 and < 300 && s.AckedAt >= window.Start && s.AckedAt < window.End);
        var seen = ok.Where(s => s.SeenAt != 0).ToList();
        var maxSeenSeq = recorder.Samples.Where(s => s.SeenAt != 0).GroupBy(s => s.Gauge).ToDictionary(g => g.Key, g => g.Max(s => s.Seq));
        var lost = ok.Where(s => s.SeenAt == 0).ToList();
        var superseded = lost.Count(s => maxSeenSeq.TryGetValue(s.Gauge, out var m) && m > s.Seq);
        var late = seen.Count(s => Ms(s.SeenAt - s.SentAt) > BenchOptions.LostAfter.TotalMilliseconds);

        Console.WriteLine();
        Console.WriteLine($"{"offered rate",-34} {measured.Count / seconds,10:N0} readings/s ({measured.Count:N0} sent in {seconds:0.#} s)");
        Console.WriteLine($"{"achieved rate (2xx acks in window)",-34} {completed / seconds,10:N0} readings/s");
        var statuses = measured.GroupBy(s => s.Status).OrderBy(g => g.Key)
            .Select(g => $"{StatusName(g.Key)}: {g.Count():N0}");
        Console.WriteLine($"{"HTTP outcomes",-34} {string.Join(", ", statuses)}");
        Console.WriteLine();
        Console.WriteLine($"{"latency (ms)",-34} {"n",8} {"p50",8} {"p90",8} {"p99",8} {"p99.9",8} {"max",8}");
        Row("client queue (sent - due)", measured.Select(s => Ms(s.SentAt - s.ScheduledAt)));
        Row("HTTP ack (acked - sent)", ok.Select(s => Ms(s.AckedAt - s.SentAt)));
        Row("reading-to-browser (seen - sent)", seen.Select(s => Ms(s.SeenAt - s.SentAt)));
        Row("  of which after ack (seen - ack)", seen.Select(s => Ms(s.SeenAt - s.AckedAt)));
        Console.WriteLine();
        Console.WriteLine($"{"events lost (2xx, never seen)",-34} {lost.Count,10:N0} of {ok.Count:N0} ({Percent(lost.Count, ok.Count)}); " +
            $"{superseded:N0} of them superseded by a newer reading of the same gauge");
        Console.WriteLine($"{"events seen after > 5 s",-34} {late,10:N0}");
        var kinds = string.Join(", ", recorder.EventKinds.OrderBy(k => k.Key).Select(k => $"{k.Key} {k.Value:N0}"));
        Console.WriteLine($"{"SSE events received (whole run)",-34} {events,10:N0} ({kinds}); other subjects {recorder.OtherSubjects:N0}, " +
            $"unmatched reading events {recorder.UnmatchedReadingEvents:N0}");
    }

    private static void Row(string name, IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            Console.WriteLine($"{name,-34} {0,8}");
            return;
        }

        Console.WriteLine($"{name,-34} {sorted.Length,8:N0} {P(sorted, 0.50),8:0.0} {P(sorted, 0.90),8:0.0} {P(sorted, 0.99),8:0.0} " +
            $"{P(sorted, 0.999),8:0.0} {sorted[^1],8:0.0}");
    }

    /// <summary>Nearest-rank percentile of an ascending array.</summary>
    private static double P(double[] sorted, double q) =>
        sorted[Math.Clamp((int)Math.Ceiling(q * sorted.Length) - 1, 0, sorted.Length - 1)];

    private static double Ms(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;

    private static string Percent(int part, int whole) =>
        whole == 0 ? "-" : (100.0 * part / whole).ToString("0.###", CultureInfo.InvariantCulture) + " %";

    private static string StatusName(int status) => status switch
    {
        -1 => "connection error",
        -2 => "timeout",
        0 => "no answer",
        _ => status.ToString(CultureInfo.InvariantCulture),
    };
}
