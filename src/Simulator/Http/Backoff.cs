namespace AmbonCC.Simulator.Http;

/// <summary>
/// How long a device waits before resending: exponential from <see cref="Base"/>, capped, with jitter so that
/// a hundred loggers cut off by the same outage do not all come back in the same second.
/// </summary>
internal sealed record Backoff(TimeSpan Base, TimeSpan Cap)
{
    public static Backoff Default { get; } = new(TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(2));

    /// <summary>The longest wait a server's Retry-After may impose; beyond it we assume a misconfigured header.</summary>
    public static TimeSpan MaxRetryAfter { get; } = TimeSpan.FromMinutes(5);

    /// <summary>The wait before retry number <paramref name="attempt"/> (0 = first retry).</summary>
    /// <param name="jitter">A number in [0, 1); the delay is scaled into [50 %, 100 %) of the exponential step.</param>
    public TimeSpan Delay(int attempt, double jitter)
    {
        var exponent = Math.Min(Math.Max(attempt, 0), 30);
        var step = Math.Min(Base.TotalMilliseconds * Math.Pow(2, exponent), Cap.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(step * (0.5 + 0.5 * Math.Clamp(jitter, 0, 1)));
    }

    /// <summary>
    /// The server's Retry-After (seconds or an HTTP date) when it gave one, else our own schedule. The server
    /// knows its load better than we do, so its answer wins, within sane bounds.
    /// </summary>
    public TimeSpan AfterThrottle(int attempt, double jitter, TimeSpan? retryAfterDelta, DateTimeOffset? retryAfterDate, DateTimeOffset now)
    {
        var told = retryAfterDelta ?? (retryAfterDate - now);
        if (told is null)
        {
            return Delay(attempt, jitter);
        }

        return told.Value < TimeSpan.Zero ? TimeSpan.Zero : told.Value > MaxRetryAfter ? MaxRetryAfter : told.Value;
    }
}
