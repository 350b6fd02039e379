namespace AmbonCC.Simulator.Complaints;

/// <summary>
/// Our share of the server's public intake limit (<c>AmbonCC:Complaints:PublicIntakePerMinute</c>, per client
/// address). The server counts in fixed one-minute windows we cannot see, so we keep a sliding log instead: no
/// stretch of <see cref="Window"/> ever holds more than <c>perMinute</c> of our requests, hence no server window
/// does either. Every chat start, chat line, chat photo and Open311 POST spends one; the gateway webhook does not.
/// </summary>
internal sealed class IntakeBudget(int perMinute, TimeProvider time)
{
    /// <summary>A little over a minute, so a clock a few hundred ms apart from the server's cannot squeeze one more in.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromSeconds(61);

    private readonly Queue<DateTimeOffset> _spent = new();
    private readonly Lock _gate = new();

    public int PerMinute => perMinute;

    /// <summary>Permits given so far: every public request the simulator made.</summary>
    public int Granted { get; private set; }

    /// <summary>Takes a permit now and returns zero, or takes none and returns how long until one is free.</summary>
    public TimeSpan TryTake()
    {
        lock (_gate)
        {
            var now = time.GetUtcNow();
            while (_spent.Count > 0 && now - _spent.Peek() >= Window)
            {
                _spent.Dequeue();
            }

            if (_spent.Count < perMinute)
            {
                _spent.Enqueue(now);
                Granted++;
                return TimeSpan.Zero;
            }

            return _spent.Peek() + Window - now;
        }
    }

    /// <summary>The server said 429 anyway (another client behind our address?): spend the rest of the window waiting.</summary>
    public void Exhaust()
    {
        lock (_gate)
        {
            var now = time.GetUtcNow();
            while (_spent.Count < perMinute)
            {
                _spent.Enqueue(now);
            }
        }
    }

    public async Task TakeAsync(CancellationToken ct)
    {
        for (var wait = TryTake(); wait > TimeSpan.Zero; wait = TryTake())
        {
            await Task.Delay(wait, time, ct);
        }
    }
}
