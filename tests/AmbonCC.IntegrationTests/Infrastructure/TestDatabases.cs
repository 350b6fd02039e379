using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace AmbonCC.IntegrationTests.Infrastructure;

/// <summary>
/// Fresh stores for tests: a SQLite data directory per test, a PostgreSQL database per test class, and the
/// shared Redis (isolated by a unique ClusterId/ServiceId per test).
/// </summary>
public static class TestDatabases
{
    public const string PostgresVariable = "AMBONCC_TEST_POSTGRES";
    public const string RedisVariable = "AMBONCC_TEST_REDIS";

    public static string PostgresServer =>
        Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } value
            ? value
            : "Host=127.0.0.1;Username=postgres;Password=postgres";

    public static string Redis =>
        Environment.GetEnvironmentVariable(RedisVariable) is { Length: > 0 } value ? value : "127.0.0.1:6379";

    private static readonly ConcurrentBag<string> SqliteDirectories = CleanUpAtExit();

    /// <summary>A new, empty directory for the Embedded profile's SQLite file (removed when the test run ends).</summary>
    public static string NewSqliteDirectory()
    {
        var path = Path.Combine(Path.GetTempPath(), "ambon-tests", UniqueName("sqlite"));
        Directory.CreateDirectory(path);
        SqliteDirectories.Add(path);
        return path;
    }

    // At exit rather than per test: pooled connections of a stopped silo may still hold the file open.
    private static ConcurrentBag<string> CleanUpAtExit()
    {
        var directories = new ConcurrentBag<string>();
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            SqliteConnection.ClearAllPools();
            foreach (var directory in directories)
            {
                try
                {
                    Directory.Delete(directory, recursive: true);
                }
                catch (IOException)
                {
                    // Best effort: a leftover temp directory is harmless.
                }
            }
        };
        return directories;
    }

    /// <summary>Short, lower-case, unique: fits PostgreSQL identifiers and Orleans ids alike.</summary>
    public static string UniqueName(string prefix) => $"{prefix}_{Guid.NewGuid():N}"[..(prefix.Length + 13)];

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public static async Task<string> CreatePostgresDatabaseAsync(string prefix = "ambon_test")
    {
        var name = UniqueName(prefix);
        await using (var connection = new NpgsqlConnection(PostgresServer))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(PostgresServer) { Database = name }.ConnectionString;
    }

    public static async Task DropPostgresDatabaseAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(PostgresServer);
        await connection.OpenAsync();
        // FORCE: a silo stopped abruptly may still hold pooled connections to it.
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}

/// <summary>One PostgreSQL database for the lifetime of a test class.</summary>
public sealed class PostgresDatabaseFixture : IAsyncLifetime
{
    public string ConnectionString { get; private set; } = "";

    public async Task InitializeAsync() => ConnectionString = await TestDatabases.CreatePostgresDatabaseAsync();

    public Task DisposeAsync() => TestDatabases.DropPostgresDatabaseAsync(ConnectionString);
}
