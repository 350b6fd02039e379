using System.Diagnostics;
using System.Threading.Channels;
using AmbonCC.Simulator.Config;
using AmbonCC.Simulator.Gauges;
using AmbonCC.Simulator.Http;

namespace AmbonCC.Simulator.Load;

/// <summary>
/// The benchmark's load: a fixed rate of readings (open loop, so a slow server shows as latency and backlog,
/// not as a politely lower rate) spread round-robin over BENCH-001..N, sent by many concurrent HTTP/1.1
/// connections. Throttled or failed requests are counted, not retried, so the numbers stay honest.
/// </summary>
internal sealed class LoadGenerator(SimulatorOptions options, KeyFile keys, ApiClient api, SeqStore seqs)
{
    public static readonly TimeSpan ReportEvery = TimeSpan.FromSeconds(5);

    private readonly LatencyStats _stats = new();
    private readonly LatencyStats _total = new();
    private readonly Stopwatch _started = new();

    public static IReadOnlyList<string> Codes(int count) =>
        [.. Enumerable.Range(1, count).Select(i => $"BENCH-{i:000}")];

    public async Task<int> RunAsync(CancellationToken ct)
    {
        var codes = Codes(options.LoadGaugeCount);
        var missing = codes.Where(c => !keys.Gauges.ContainsKey(c)).ToList();
        if (missing.Count > 0)
        {
            Log.Error("load", $"{missing.Count} gauges have no key in {options.KeyFile} (first: {missing[0]}); issue them with `apikey issue --subject gauge:CODE --scope device:ingest`");
            return 2;
        }

        var perRequest = options.BatchSize;
        var work = Channel.CreateBounded<(string Code, Reading[] Batch)>(new BoundedChannelOptions(Math.Max(1000, (int)options.Rate * 10)) { SingleWriter = true });
        Log.Info("load", $"{options.Rate:0} readings/s over {codes.Count} gauges, {perRequest} per request, {options.Connections} connections → {api.BaseUrl}");
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        if (options.Duration is { } duration)
        {
            stop.CancelAfter(duration);
        }

        var workers = Enumerable.Range(0, options.Connections).Select(_ => SendAsync(work.Reader, stop.Token)).ToArray();
        var reporter = ReportAsync(work.Reader, stop.Token);
        await ProduceAsync(codes, work.Writer, perRequest, stop.Token);
        work.Writer.TryComplete();
        await Task.WhenAll(workers);
        await reporter;
        var (counts, latencies) = _total.TakeWindow();
        Log.Info("load", "total: " + LatencyStats.Format(counts, latencies, _started.Elapsed, 0));
        return 0;
    }

    private async Task ProduceAsync(IReadOnlyList<string> codes, ChannelWriter<(string, Reading[])> writer, int perRequest, CancellationToken ct)
    {
        var requestsPerSecond = options.Rate / perRequest;
        var random = new Random(options.Seed);
        long produced = 0;
        _started.Start();
        try
        {
            while (!ct.IsCancellationRequested)
            {
                var due = (long)(_started.Elapsed.TotalSeconds * requestsPerSecond);
                for (; produced < due; produced++)
                {
                    var code = codes[(int)(produced % codes.Count)];
                    var now = TimeZoneInfo.ConvertTime(TimeProvider.System.GetUtcNow(), options.TimeZone);
                    var batch = Enumerable.Range(0, perRequest)
                        .Select(_ => new Reading(seqs.Next(code), now, Math.Round(45 + 10 * random.NextDouble(), 1), 0))
                        .ToArray();
                    await writer.WriteAsync((code, batch), ct);
                }

                await Task.Delay(TimeSpan.FromMilliseconds(5), ct);
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private async Task SendAsync(ChannelReader<(string Code, Reading[] Batch)> reader, CancellationToken ct)
    {
        try
        {
            await foreach (var (code, batch) in reader.ReadAllAsync(ct))
            {
                var result = await api.PostJsonAsync($"/api/v1/gauges/{code}/readings", keys.Gauges[code], batch, ct);
                _stats.Record(result, batch.Length);
                _total.Record(result, batch.Length);
                if (result.Outcome == Outcome.Rejected)
                {
                    Log.Error(code, $"rejected {result.Status}: {result.Detail}");
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private async Task ReportAsync(ChannelReader<(string, Reading[])> backlog, CancellationToken ct)
    {
        using var timer = new PeriodicTimer(ReportEvery);
        try
        {
            while (await timer.WaitForNextTickAsync(ct))
            {
                var (counts, latencies) = _stats.TakeWindow();
                Log.Info("load", LatencyStats.Format(counts, latencies, ReportEvery, backlog.Count));
            }
        }
        catch (OperationCanceledException)
        {
        }
    }
}
