using System.Collections.Concurrent;
using System.Diagnostics;

namespace AmbonCC.Bench.Latency;

/// <summary>One reading's life on the client's Stopwatch clock (0 = did not happen).</summary>
internal sealed class Sample
{
    public int Gauge;
    public long Seq;
    public bool Measured;
    public long ScheduledAt;
    public long SentAt;
    public long AckedAt;
    public int Status;
    public long SeenAt;
}

/// <summary>
/// Every reading sent, keyed by (gauge, observedAt) so that the SSE event carrying that observedAt can be matched
/// to the POST that produced it. Thread-safe: senders and the stream reader record concurrently.
/// </summary>
internal sealed class Recorder(int capacity)
{
    private readonly Sample[] samples = CreateSamples(capacity);
    private readonly ConcurrentDictionary<(int Gauge, long UtcTicks), int> byObservation = new();
    private readonly ConcurrentDictionary<string, int> eventKinds = new();
    private long unmatchedReadingEvents;
    private long otherSubjects;

    public IReadOnlyList<Sample> Samples => samples;

    public long UnmatchedReadingEvents => Interlocked.Read(ref unmatchedReadingEvents);

    public long OtherSubjects => Interlocked.Read(ref otherSubjects);

    public IReadOnlyDictionary<string, int> EventKinds => eventKinds;

    public Sample Schedule(int index, int gauge, long seq, long scheduledAt, bool measured)
    {
        var s = samples[index];
        (s.Gauge, s.Seq, s.ScheduledAt, s.Measured) = (gauge, seq, scheduledAt, measured);
        return s;
    }

    /// <summary>Stamps the send time and returns the observedAt to send: the wall clock now, unique per gauge.</summary>
    public DateTimeOffset Send(int index, TimeSpan offset)
    {
        var s = samples[index];
        var observed = DateTimeOffset.UtcNow;
        while (!byObservation.TryAdd((s.Gauge, observed.UtcTicks), index))
        {
            observed = observed.AddTicks(1);
        }

        s.SentAt = Stopwatch.GetTimestamp();
        return observed.ToOffset(offset);
    }

    public void Acked(int index, int status)
    {
        var s = samples[index];
        s.Status = status;
        Volatile.Write(ref s.AckedAt, Stopwatch.GetTimestamp());
    }

    /// <summary>An event arrived at <paramref name="at"/>; gauge is -1 for a subject that is not a bench gauge.</summary>
    public void Seen(string kind, int gauge, long observedUtcTicks, long at)
    {
        eventKinds.AddOrUpdate(kind, 1, (_, n) => n + 1);
        if (gauge < 0)
        {
            Interlocked.Increment(ref otherSubjects);
            return;
        }

        if (kind != "reading")
        {
            return;
        }

        if (byObservation.TryGetValue((gauge, observedUtcTicks), out var index))
        {
            Interlocked.CompareExchange(ref samples[index].SeenAt, at, 0);
        }
        else
        {
            Interlocked.Increment(ref unmatchedReadingEvents);
        }
    }

    private static Sample[] CreateSamples(int capacity)
    {
        var all = new Sample[capacity];
        for (var i = 0; i < capacity; i++)
        {
            all[i] = new Sample();
        }

        return all;
    }
}
