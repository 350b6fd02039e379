using System.Globalization;
using System.Threading.Channels;
using AmbonCC.Simulator.Http;

namespace AmbonCC.Simulator.Gauges;

/// <summary>
/// One river gauge's data logger: samples every interval into a bounded buffer (oldest dropped when full, as a
/// logger's ring memory does), and a sender that posts the buffer in batches, keeps a batch until the server
/// has it durably, and backs off on throttling or outages.
/// </summary>
internal sealed class GaugeDevice(
    GaugeSpec gauge, string apiKey, RiverScenario scenario, SeqStore seqs, ApiClient api, SimClock clock, TimeSpan interval, int bufferSize, int seed)
{
    public const int MaxBatch = 500;

    private readonly Random _random = new(seed);
    private readonly LevelFollower _follower = scenario.FollowerFor(gauge);
    private readonly Channel<Reading> _buffer = Channel.CreateBounded<Reading>(
        new BoundedChannelOptions(bufferSize) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true, SingleWriter = true },
        dropped => Log.Error(gauge.Code, $"buffer full: dropped seq {dropped.Seq}"));

    public Task RunAsync(CancellationToken ct) => Task.WhenAll(SampleAsync(ct), SendAsync(ct));

    private async Task SampleAsync(CancellationToken ct)
    {
        try
        {
            while (!ct.IsCancellationRequested)
            {
                var (level, rain) = scenario.Sample(gauge, clock.SimulatedNow, clock.Elapsed, _random, _follower);
                await _buffer.Writer.WriteAsync(new Reading(seqs.Next(gauge.Code), Reading.Stamp(clock.WallNow), level, rain), ct);
                await Task.Delay(clock.Real(interval), clock.Time, ct);
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private async Task SendAsync(CancellationToken ct)
    {
        var path = $"/api/v1/gauges/{Uri.EscapeDataString(gauge.Code)}/readings";
        try
        {
            while (await _buffer.Reader.WaitToReadAsync(ct))
            {
                var batch = new List<Reading>();
                while (batch.Count < MaxBatch && _buffer.Reader.TryRead(out var reading))
                {
                    batch.Add(reading);
                }

                await DeliverAsync(path, batch, ct);
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    /// <summary>Resends the same batch until it is taken or refused; the server is idempotent on seq.</summary>
    private async Task DeliverAsync(string path, List<Reading> batch, CancellationToken ct)
    {
        for (var attempt = 0; ; attempt++)
        {
            var result = await api.PostJsonAsync(path, apiKey, batch, ct);
            var last = batch[^1];
            var what = batch.Count == 1 ? $"seq {last.Seq}" : $"seq {batch[0].Seq}..{last.Seq} ({batch.Count})";
            var reading = string.Create(CultureInfo.InvariantCulture, $"level {last.LevelCm:0.0} cm rain {last.RainfallMm:0.0} mm");
            switch (result.Outcome)
            {
                case Outcome.Accepted:
                    Log.Info(gauge.Code, $"{what} {reading} → {result.Status} {result.Latency.TotalMilliseconds:0} ms");
                    return;
                case Outcome.Rejected:
                    Log.Error(gauge.Code, $"{what} rejected {result.Status}: {result.Detail}");
                    return;
            }

            var wait = result.Outcome == Outcome.Throttled
                ? Backoff.Default.AfterThrottle(attempt, Random.Shared.NextDouble(), result.RetryAfterDelta, result.RetryAfterDate, clock.Time.GetUtcNow())
                : Backoff.Default.Delay(attempt, Random.Shared.NextDouble());
            Log.Error(gauge.Code, $"{what} {result.StatusText} {result.Detail}; retry in {wait.TotalSeconds:0.0} s");
            await Task.Delay(wait, clock.Time, ct);
            // Readings sampled meanwhile ride along, up to the batch limit, as a logger catching up would send them.
            while (batch.Count < MaxBatch && _buffer.Reader.TryRead(out var more))
            {
                batch.Add(more);
            }
        }
    }
}
