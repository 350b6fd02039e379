namespace AmbonCC.Platform;

/// <summary>
/// A store (PostgreSQL, SQLite, Redis) could not take or serve the call right now: nothing of it was acknowledged,
/// and the caller should retry after <see cref="RetryAfter"/> (HTTP: 503 + Retry-After). The message never
/// carries the driver's text, so it is safe to show; the silo logs the original failure.
/// </summary>
[GenerateSerializer, Alias("AmbonCC.Platform.StoreUnavailableException")]
public sealed class StoreUnavailableException : Exception
{
    public StoreUnavailableException()
        : base("A store is unavailable.")
    {
    }

    public StoreUnavailableException(string store, TimeSpan retryAfter)
        : base($"The {store} store is unavailable; retry after {retryAfter.TotalSeconds:0.#} s.")
    {
        Store = store;
        RetryAfter = retryAfter;
    }

    /// <summary>Which store failed: "database", "redis" or a ledger table name.</summary>
    [Id(0)]
    public string Store { get; init; } = "";

    [Id(1)]
    public TimeSpan RetryAfter { get; init; } = TimeSpan.FromSeconds(5);
}
