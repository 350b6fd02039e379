using System.Net.Sockets;
using AmbonCC.Platform;
using AmbonCC.Platform.Ledger;
using AmbonCC.Silo.Hosting;
using Microsoft.Data.Sqlite;
using Npgsql;
using StackExchange.Redis;

namespace AmbonCC.IntegrationTests.Faults;

/// <summary>What counts as "a store is unavailable" (503 + Retry-After) and what stays a bug (500).</summary>
public sealed class StoreFailuresTests
{
    public static TheoryData<string, Exception> Outages() => new()
    {
        { "postgres refused", new NpgsqlException("Failed to connect", new SocketException((int)SocketError.ConnectionRefused)) },
        { "sqlite busy", new SqliteException("database is locked", 5) },
        { "sqlite locked", new SqliteException("database table is locked", 6) },
        { "redis down", new RedisConnectionException(ConnectionFailureType.UnableToConnect, "No connection") },
        { "redis timeout", new RedisTimeoutException("Timeout", CommandStatus.Sent) },
        { "ledger", new StoreUnavailableException("gauge_readings", TimeSpan.FromSeconds(5)) },
        { "wrapped by storage", new InvalidOperationException("WriteState failed", new NpgsqlException("Exception while reading from stream")) },
        { "aggregate", new AggregateException(new ArgumentException("x"), new NpgsqlException("broken")) },
    };

    [Theory]
    [MemberData(nameof(Outages))]
    public void Outages_are_store_unavailable(string name, Exception failure)
    {
        Assert.True(StoreFailures.IsStoreUnavailable(failure), name);
        Assert.True(StoreFailures.TryGetRetryAfter(failure, out var wait), name);
        Assert.True(wait > TimeSpan.Zero, name);
        Assert.DoesNotContain("Npgsql", StoreFailures.ToUnavailable(failure)!.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string, Exception> Bugs() => new()
    {
        { "sqlite constraint", new SqliteException("UNIQUE constraint failed", 19) },
        { "bad argument", new ArgumentException("no gauge", "code") },
        { "grain call timeout", new TimeoutException("Response did not arrive on time") },
        { "plain", new InvalidOperationException("bug") },
    };

    [Theory]
    [MemberData(nameof(Bugs))]
    public void Bugs_are_not_store_unavailable(string name, Exception failure)
    {
        Assert.False(StoreFailures.IsStoreUnavailable(failure), name);
        Assert.False(StoreFailures.TryGetRetryAfter(failure, out _), name);
        Assert.Null(StoreFailures.ToUnavailable(failure));
    }

    [Fact]
    public void A_saturated_ledger_is_retry_later_but_not_an_outage()
    {
        var busy = new LedgerBackpressureException("gauge_readings", TimeSpan.FromSeconds(2));

        Assert.True(StoreFailures.TryGetRetryAfter(busy, out var wait));
        Assert.Equal(TimeSpan.FromSeconds(2), wait);
        Assert.False(StoreFailures.IsStoreUnavailable(busy));
    }

    [Fact]
    public void A_grain_moving_off_a_stopping_silo_is_retry_later_but_not_an_outage()
    {
        Exception[] moving =
        [
            new SiloUnavailableException("silo is shutting down"),
            new Orleans.Storage.InconsistentStateException("etag mismatch"),
            new AggregateException(new OperationCanceledException("pending call cancelled by a stopping silo")),
        ];

        Assert.All(moving, failure =>
        {
            Assert.True(StoreFailures.TryGetRetryAfter(failure, out var wait));
            Assert.Equal(StoreFailures.MovingRetryAfter, wait);
            Assert.False(StoreFailures.IsStoreUnavailable(failure));
        });
    }
}
