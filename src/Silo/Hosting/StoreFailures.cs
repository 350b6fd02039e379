using System.Data.Common;
using AmbonCC.Platform;
using AmbonCC.Platform.Ledger;
using Microsoft.Data.Sqlite;
using Npgsql;
using Orleans.Serialization;
using StackExchange.Redis;

namespace AmbonCC.Silo.Hosting;

/// <summary>
/// The one place that decides whether a failure means "a store cannot serve us right now" (answer 503 +
/// Retry-After, nothing acknowledged) rather than a bug (500). Grain calls, the ledger, readiness and the HTTP
/// layer all ask here, so an outage is classified the same way wherever it surfaces.
/// </summary>
public static class StoreFailures
{
    /// <summary>What a caller is told to wait during an outage: long enough not to hammer a store coming back.</summary>
    public static readonly TimeSpan OutageRetryAfter = TimeSpan.FromSeconds(5);

    /// <summary>What a caller is told to wait while the cluster moves a grain (a silo stopping or gone).</summary>
    public static readonly TimeSpan MovingRetryAfter = TimeSpan.FromSeconds(1);

    /// <summary>
    /// True when <paramref name="exception"/>, or any exception inside it, says a store (PostgreSQL, SQLite,
    /// Redis) is down, unreachable, busy or timing out; false for bugs such as bad SQL or a violated constraint.
    /// </summary>
    public static bool IsStoreUnavailable(Exception exception) => FailedStore(exception) is not null;

    /// <summary>
    /// True for an outage or a saturated ledger (both are "retry the same request later"), with how long to wait.
    /// </summary>
    public static bool TryGetRetryAfter(Exception exception, out TimeSpan retryAfter)
    {
        foreach (var inner in Chain(exception))
        {
            switch (inner)
            {
                case LedgerBackpressureException busy:
                    retryAfter = busy.RetryAfter;
                    return true;
                case StoreUnavailableException down:
                    retryAfter = down.RetryAfter;
                    return true;
                // A silo stopping for an update: its messages are rejected, its pending calls cancelled, or a grain's
                // activation moves and the last write of the old one wins the ETag race. Nothing new was
                // acknowledged; every ingest is idempotent, so the retry is safe.
                case OrleansMessageRejectionException or Orleans.Runtime.Messaging.ConnectionFailedException
                    or Orleans.Storage.InconsistentStateException or OperationCanceledException:
                    retryAfter = MovingRetryAfter;
                    return true;
            }
        }

        retryAfter = OutageRetryAfter;
        return IsStoreUnavailable(exception);
    }

    /// <summary>The failure as a <see cref="StoreUnavailableException"/> (safe to show, serializable), or null if it is not an outage.</summary>
    public static StoreUnavailableException? ToUnavailable(Exception exception) =>
        Chain(exception).OfType<StoreUnavailableException>().FirstOrDefault()
        ?? (FailedStore(exception) is { } store ? new StoreUnavailableException(store, OutageRetryAfter) : null);

    /// <summary>"database" or "redis" when the failure is an outage of that store; null otherwise.</summary>
    public static string? FailedStore(Exception exception)
    {
        foreach (var inner in Chain(exception))
        {
            if (StoreOf(inner) is { } store)
            {
                return store;
            }
        }

        return null;
    }

    private static string? StoreOf(Exception exception) => exception switch
    {
        StoreUnavailableException down => down.Store,
        // The server answered: only its "going away / overloaded / not ready" codes are outages.
        PostgresException postgres => IsTransientSqlState(postgres.SqlState) ? "database" : null,
        // No answer from the server at all: refused, reset, timed out.
        NpgsqlException => "database",
        // SQLITE_BUSY, SQLITE_LOCKED: another writer holds the file longer than the busy timeout.
        SqliteException { SqliteErrorCode: 5 or 6 } => "database",
        RedisConnectionException or RedisTimeoutException => "redis",
        RedisServerException redis when redis.Message.StartsWith("LOADING", StringComparison.Ordinal) => "redis",
        DbException { IsTransient: true } => "database",
        // A driver exception that crossed a silo boundary without its type (not serializable there).
        UnavailableExceptionFallbackException fallback => FromTypeName(fallback.ExceptionType),
        _ => null,
    };

    private static string? FromTypeName(string? typeName) => typeName switch
    {
        null => null,
        _ when typeName.Contains("PostgresException", StringComparison.Ordinal) => null,
        _ when typeName.StartsWith("Npgsql.NpgsqlException", StringComparison.Ordinal) => "database",
        _ when typeName.StartsWith("StackExchange.Redis.RedisConnectionException", StringComparison.Ordinal) => "redis",
        _ when typeName.StartsWith("StackExchange.Redis.RedisTimeoutException", StringComparison.Ordinal) => "redis",
        _ => null,
    };

    // 08: connection exceptions; 53: insufficient resources (too many connections, disk full);
    // 57P01-57P03: admin/crash shutdown, cannot connect now (starting up); 40001/40P01: retry the transaction.
    private static bool IsTransientSqlState(string? state) =>
        state is not null && (state.StartsWith("08", StringComparison.Ordinal) || state.StartsWith("53", StringComparison.Ordinal)
            || state is "57P01" or "57P02" or "57P03" or "40001" or "40P01");

    private static IEnumerable<Exception> Chain(Exception exception)
    {
        var pending = new Stack<Exception>();
        pending.Push(exception);
        for (var seen = 0; pending.Count > 0 && seen < 32; seen++)
        {
            var current = pending.Pop();
            yield return current;
            if (current is AggregateException aggregate)
            {
                foreach (var inner in aggregate.InnerExceptions)
                {
                    pending.Push(inner);
                }
            }
            else if (current.InnerException is { } inner)
            {
                pending.Push(inner);
            }
        }
    }
}
