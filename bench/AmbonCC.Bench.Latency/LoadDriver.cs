using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Threading.Channels;

namespace AmbonCC.Bench.Latency;

/// <summary>
/// Open-loop device load: reading i is due at i / rate seconds, for gauge i mod N, one reading per POST, sent by
/// a fixed pool of keep-alive HTTP/1.1 connections (one request in flight each). A slow server shows up as
/// latency and client-side queueing, not as a politely lower offered rate.
/// </summary>
internal sealed class LoadDriver(BenchOptions options, string url, string[] keys, Recorder recorder)
{
    private static readonly TimeSpan Wit = TimeSpan.FromHours(9);
    private readonly long seqBase = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() * 10;

    public static int TotalReadings(BenchOptions o) => (int)Math.Ceiling(o.Rate * (o.WarmupSeconds + o.Seconds));

    /// <summary>Runs warm-up plus the measured window; returns the Stopwatch timestamps that bound the window.</summary>
    public async Task<(long WindowStart, long WindowEnd)> RunAsync()
    {
        using var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = options.Connections,
            UseCookies = false,
            AllowAutoRedirect = false,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
        };
        using var http = new HttpClient(handler) { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(30) };
        var queue = Channel.CreateUnbounded<int>(new UnboundedChannelOptions { SingleWriter = true });
        var workers = Enumerable.Range(0, options.Connections).Select(_ => Task.Run(() => SendLoopAsync(http, queue.Reader))).ToArray();
        var start = Stopwatch.GetTimestamp();
        var warmupTicks = (long)(options.WarmupSeconds * Stopwatch.Frequency);
        var total = TotalReadings(options);
        for (var produced = 0; produced < total;)
        {
            var elapsed = Stopwatch.GetTimestamp() - start;
            var due = Math.Min(total, (long)(elapsed * options.Rate / Stopwatch.Frequency) + 1);
            for (; produced < due; produced++)
            {
                var scheduledTicks = (long)(produced * Stopwatch.Frequency / options.Rate);
                recorder.Schedule(produced, produced % options.Gauges, seqBase + produced / options.Gauges,
                    start + scheduledTicks, scheduledTicks >= warmupTicks);
                queue.Writer.TryWrite(produced);
            }

            await Task.Delay(1);
        }

        queue.Writer.Complete();
        await Task.WhenAll(workers);
        return (start + warmupTicks, start + (long)((options.WarmupSeconds + options.Seconds) * Stopwatch.Frequency));
    }

    private async Task SendLoopAsync(HttpClient http, ChannelReader<int> queue)
    {
        var body = new StringBuilder(160);
        while (await queue.WaitToReadAsync())
        {
            while (queue.TryRead(out var index))
            {
                var sample = recorder.Samples[index];
                var code = BenchOptions.Code(sample.Gauge);
                var observedAt = recorder.Send(index, Wit);
                body.Clear().Append(CultureInfo.InvariantCulture,
                    $"[{{\"seq\":{sample.Seq},\"observedAt\":\"{observedAt:O}\",\"levelCm\":{100 + sample.Seq % 7}}}]");
                using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/gauges/{code}/readings")
                {
                    Content = new StringContent(body.ToString(), Encoding.UTF8, "application/json"),
                };
                request.Headers.Add("X-Api-Key", keys[sample.Gauge]);
                int status;
                try
                {
                    using var response = await http.SendAsync(request);
                    await response.Content.LoadIntoBufferAsync();
                    status = (int)response.StatusCode;
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
                {
                    status = ex is TaskCanceledException ? -2 : -1;
                }

                recorder.Acked(index, status);
            }
        }
    }
}
