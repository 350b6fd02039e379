namespace AmbonCC.Web.Security;

/// <summary>
/// Counts refused API keys and writes at most one line per interval, so that a flood of bad keys cannot flood the
/// log: the count says how big the flood was, the last reason what it looked like.
/// </summary>
public sealed class ApiKeyRefusals(TimeProvider time, ILogger<ApiKeyRefusals> logger)
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);
    private readonly Lock gate = new();
    private long count;
    private DateTimeOffset windowStart = DateTimeOffset.MinValue;

    public long Total { get; private set; }

    public void Record(string reason)
    {
        long refused;
        TimeSpan window;
        lock (gate)
        {
            Total++;
            count++;
            var now = time.GetUtcNow();
            if (now - windowStart < Interval)
            {
                return;
            }

            refused = count;
            window = windowStart == DateTimeOffset.MinValue ? TimeSpan.Zero : now - windowStart;
            count = 0;
            windowStart = now;
        }

        logger.LogWarning("Refused {Count} request(s) with a malformed, unknown or revoked API key in the last {Seconds:0} s; latest: {Reason}",
            refused, window.TotalSeconds, reason);
    }
}
