using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;

namespace AmbonCC.Bench.Tax;

/// <summary>What one HTTP run achieved: receipts per second acknowledged, request latency, refusals.</summary>
internal sealed record HttpResult(double ReceiptsPerSecond, double RequestsPerSecond, double P50, double P99, long Acknowledged, int Failed, double WebCores)
{
    /// <summary>Open loop only: when the last request of the warm-up that waited more than 100 ms was due, in seconds
    /// from the first (how long a cold process takes to catch up with the offered rate).</summary>
    public double? SettledAfter { get; init; }

    /// <summary>Open loop only: the slowest acknowledgement of each of the three worst seconds of the window
    /// ("second: ms"), which tells a steady tail from a few stalls.</summary>
    public string? WorstSeconds { get; init; }

    /// <summary>Refusals during the warm-up (not in <see cref="Failed"/>): a cold process answers 503 while it catches up.</summary>
    public int WarmupFailed { get; init; }

    /// <summary>Web process CPU seconds (user + system) per 1,000 acknowledged receipts: on a shared machine the figure
    /// that barely moves with other people's load, unlike throughput and latency.</summary>
    public double CpuPer1000 => Acknowledged == 0 ? 0 : WebCores * Seconds / Acknowledged * 1000;

    public double Seconds => ReceiptsPerSecond == 0 ? 0 : Acknowledged / ReceiptsPerSecond;
}

/// <summary>
/// Closed-loop load through <c>POST /api/v1/terminals/{serial}/transactions</c>: <c>workers</c> keep-alive
/// connections, each owning a share of the terminals (so a terminal's receipt numbers only ever grow) and posting
/// <c>perRequest</c> receipts per call, the next call as soon as the last one was acknowledged.
/// </summary>
internal static class HttpLoad
{
    /// <param name="next">Each terminal's next receipt number; advanced here, so a later run continues instead of
    /// resending a number with other content (a 409).</param>
    public static async Task<HttpResult> RunAsync(TaxWebProcess web, List<(string Serial, string Key, long Last)> terminals, long[] next, int workers, int perRequest,
        TimeSpan duration, TimeSpan warmup)
    {
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = workers, PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
        {
            BaseAddress = new Uri(web.Url), Timeout = TimeSpan.FromSeconds(60), DefaultRequestVersion = HttpVersion.Version11,
        };
        var latencies = new List<double>[workers];
        long acknowledged = 0;
        var failed = new int[2]; // [warm-up, measured window]
        var clock = Stopwatch.StartNew();
        var end = warmup + duration;
        var cpuAtStart = TimeSpan.Zero;
        var cpuAtEnd = TimeSpan.Zero;
        // The CPU is read at the window's edges, so requests still in flight after it neither count nor cost.
        var measuring = Task.Delay(warmup).ContinueWith(_ => cpuAtStart = web.Cpu(), TaskScheduler.Default)
            .ContinueWith(_ => Task.Delay(end - clock.Elapsed).ContinueWith(_ => cpuAtEnd = web.Cpu(), TaskScheduler.Default), TaskScheduler.Default).Unwrap();
        await Task.WhenAll(Enumerable.Range(0, workers).Select(w => Task.Run(async () =>
        {
            var mine = latencies[w] = new List<double>(100_000);
            var owned = Enumerable.Range(0, terminals.Count).Where(i => i % workers == w).ToArray();
            for (var round = 0; owned.Length > 0 && clock.Elapsed < end; round++)
            {
                var t = owned[round % owned.Length];
                var (serial, key, _) = terminals[t];
                using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/terminals/{serial}/transactions")
                {
                    Content = new StringContent(Body(next[t], perRequest), Encoding.UTF8, "application/json"),
                };
                request.Headers.Add("X-Api-Key", key);
                var began = Stopwatch.GetTimestamp();
                var inWindow = clock.Elapsed >= warmup;
                using var response = await http.SendAsync(request);
                var ms = Stopwatch.GetElapsedTime(began).TotalMilliseconds;
                if (response.IsSuccessStatusCode)
                {
                    next[t] += perRequest;
                    if (inWindow && clock.Elapsed < end)
                    {
                        mine.Add(ms);
                        Interlocked.Add(ref acknowledged, perRequest);
                    }
                }
                else if (Interlocked.Increment(ref failed[inWindow ? 1 : 0]) + failed[inWindow ? 0 : 1] <= 5)
                {
                    Console.Error.WriteLine($"{serial}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                }
            }
        })));
        await measuring;
        var cores = (cpuAtEnd - cpuAtStart).TotalSeconds / duration.TotalSeconds;
        return Summarize(latencies, acknowledged, failed[1], cores, duration) with { WarmupFailed = failed[0] };
    }

    /// <summary>
    /// Open-loop load at a fixed offered rate, as the terminals of a city send it: each terminal is a device that
    /// posts <paramref name="perRequest"/> receipts on its own schedule (every terminals × perRequest / rate seconds,
    /// the terminals spread evenly over one period), one request at a time over its own connection. A request's
    /// latency counts from the moment it was due, so a device held up by a slow answer adds that wait to the next
    /// one (no coordinated omission): the p99 is what the devices experience at this rate.
    /// </summary>
    public static async Task<HttpResult> RunAtRateAsync(TaxWebProcess web, List<(string Serial, string Key, long Last)> terminals, long[] next, double rate, int perRequest,
        TimeSpan duration, TimeSpan warmup)
    {
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = terminals.Count, PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
        {
            BaseAddress = new Uri(web.Url), Timeout = TimeSpan.FromSeconds(60), DefaultRequestVersion = HttpVersion.Version11,
        };
        var period = TimeSpan.FromSeconds(terminals.Count * perRequest / rate);
        var settled = 0.0;
        var worst = new ConcurrentDictionary<int, double>();
        var latencies = new List<double>[terminals.Count];
        long acknowledged = 0;
        var failed = new int[2]; // [warm-up, measured window]
        var end = warmup + duration;
        var cpuAtStart = TimeSpan.Zero;
        var cpuAtEnd = TimeSpan.Zero;
        var clock = Stopwatch.StartNew();
        var measuring = Task.Delay(warmup).ContinueWith(_ => cpuAtStart = web.Cpu(), TaskScheduler.Default)
            .ContinueWith(_ => Task.Delay(end - clock.Elapsed).ContinueWith(_ => cpuAtEnd = web.Cpu(), TaskScheduler.Default), TaskScheduler.Default).Unwrap();
        await Task.WhenAll(Enumerable.Range(0, terminals.Count).Select(t => Task.Run(async () =>
        {
            var mine = latencies[t] = new List<double>(4096);
            var (serial, key, _) = terminals[t];
            for (var due = period * t / terminals.Count; due < end; due += period)
            {
                var wait = due - clock.Elapsed;
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait);
                }

                using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/terminals/{serial}/transactions")
                {
                    Content = new StringContent(Body(next[t], perRequest), Encoding.UTF8, "application/json"),
                };
                request.Headers.Add("X-Api-Key", key);
                using var response = await http.SendAsync(request);
                var ms = (clock.Elapsed - due).TotalMilliseconds;
                var inWindow = due >= warmup;
                if (response.IsSuccessStatusCode)
                {
                    next[t] += perRequest;
                    if (due < warmup && ms > 100)
                    {
                        lock (latencies)
                        {
                            settled = Math.Max(settled, due.TotalSeconds);
                        }
                    }
                    else if (due >= warmup)
                    {
                        worst.AddOrUpdate((int)(due - warmup).TotalSeconds, ms, (_, was) => Math.Max(was, ms));
                        mine.Add(ms);
                        Interlocked.Add(ref acknowledged, perRequest);
                    }
                }
                else if (Interlocked.Increment(ref failed[inWindow ? 1 : 0]) + failed[inWindow ? 0 : 1] <= 5)
                {
                    Console.Error.WriteLine($"{serial}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                }
            }
        })));
        await measuring;
        var cores = (cpuAtEnd - cpuAtStart).TotalSeconds / duration.TotalSeconds;
        return Summarize(latencies, acknowledged, failed[1], cores, duration) with
        {
            WarmupFailed = failed[0], SettledAfter = settled,
            WorstSeconds = string.Join(", ", worst.OrderByDescending(w => w.Value).Take(3).Select(w => $"{w.Key} s: {w.Value:0} ms")),
        };
    }

    private static HttpResult Summarize(List<double>[] latencies, long acknowledged, int failed, double cores, TimeSpan duration)
    {
        var all = latencies.SelectMany(l => l ?? []).Order().ToArray();
        return all.Length == 0
            ? new HttpResult(0, 0, 0, 0, 0, failed, cores)
            : new HttpResult(acknowledged / duration.TotalSeconds, all.Length / duration.TotalSeconds, all[all.Length / 2],
                all[Math.Min(all.Length - 1, (int)(all.Length * 0.99))], acknowledged, failed, cores);
    }

    /// <summary>Sales at PBJT 10 %, stamped a few seconds ago (the server refuses receipts from the future).</summary>
    private static string Body(long first, int count)
    {
        var at = DateTimeOffset.UtcNow.AddSeconds(-5).ToOffset(TimeSpan.FromHours(9)).ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture);
        var json = new StringBuilder(count * 160).Append('[');
        for (var i = 0; i < count; i++)
        {
            json.Append(i == 0 ? "" : ",").Append("{\"receiptNo\":").Append(first + i)
                .Append(",\"issuedAt\":\"").Append(at).Append("\",\"subtotal\":45000,\"tax\":4500,\"serviceCharge\":0,\"total\":49500,\"kind\":\"sale\",\"payment\":\"qris\"}");
        }

        return json.Append(']').ToString();
    }
}
