using AmbonCC.Incidents;
using AmbonCC.RiverGauges;
using AmbonCC.Web.Live;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace AmbonCC.UnitTests.Live;

/// <summary>Events and a hub for the live-path tests; a handler that can be held to play a busy circuit.</summary>
internal static class LiveEvents
{
    public static readonly DateTimeOffset T0 = new(2026, 12, 2, 7, 26, 0, TimeSpan.FromHours(9));

    public static GaugeLevelChanged Level(string code, double cm, DateTimeOffset? at = null) =>
        new(code, SiagaLevel.Siaga4, cm, at ?? T0, 0, false, false, at ?? T0);

    public static GaugeThresholdsChanged Thresholds(string code) =>
        new(new GaugeStatus(code, code, "river", 0, 0, SiagaLevel.Siaga4, null, null, null, false, false,
            new GaugeThresholds(100, 150, 200, 10, 5, TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(30)), true, 0), T0);

    public static IncidentQueueChanged Queue(string id, int open) =>
        new(new IncidentSummary(id, "t", AlarmSeverity.Major, IncidentStatus.Open, T0, null, 1, 1, [], T0), "opened", open, T0);

    public static (LiveHub Hub, LiveLagMetrics Metrics, FakeTimeProvider Time) NewHub()
    {
        var time = new FakeTimeProvider(T0);
        var metrics = new LiveLagMetrics(time);
        return (new LiveHub(metrics, time, NullLogger<LiveHub>.Instance), metrics, time);
    }
}

/// <summary>Records what it is handed; the first call waits until <see cref="Release"/> while it is held.</summary>
internal sealed class HeldHandler<T>(bool hold)
{
    private readonly TaskCompletionSource started = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<string> seen = [];
    private readonly List<(int Count, TaskCompletionSource Done)> waiters = [];

    public Task Started => started.Task;

    public IReadOnlyList<string> Seen
    {
        get
        {
            lock (seen)
            {
                return [.. seen];
            }
        }
    }

    public void Release() => release.TrySetResult();

    public async Task Handle(T item, string text)
    {
        Note(text);
        if (hold && started.TrySetResult())
        {
            await release.Task;
        }
    }

    public Task Resync()
    {
        Note("resync");
        return Task.CompletedTask;
    }

    /// <summary>Completes when <paramref name="count"/> items were seen; a generous bound keeps a defect from hanging the run.</summary>
    public Task UntilAsync(int count)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (seen)
        {
            if (seen.Count >= count)
            {
                return Task.CompletedTask;
            }

            waiters.Add((count, done));
        }

        return done.Task.WaitAsync(TimeSpan.FromSeconds(30));
    }

    private void Note(string text)
    {
        lock (seen)
        {
            seen.Add(text);
            foreach (var w in waiters.Where(w => seen.Count >= w.Count))
            {
                w.Done.TrySetResult();
            }
        }
    }
}
