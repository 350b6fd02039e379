using AmbonCC.Silo.Database;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace AmbonCC.IntegrationTests.Ledger;

/// <summary>A migrated database of one kind, fresh per test class (xunit class fixture).</summary>
public abstract class TestDatabaseFixture : IAsyncLifetime
{
    internal AmbonDatabase Database { get; private protected set; } = null!;

    public abstract Task InitializeAsync();

    public abstract Task DisposeAsync();

    /// <summary>Applies deploy/sql to a database some other code created (for example a host under test).</summary>
    internal Task MigrateForAsync(AmbonDatabase database) => MigrateAsync(database);

    private protected static Task MigrateAsync(AmbonDatabase database)
    {
        // The test binaries carry deploy/sql when the Silo copies it; fall back to the source tree.
        var copied = Path.Combine(AppContext.BaseDirectory, "sql");
        if (!Directory.Exists(Path.Combine(copied, "sqlite")))
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "AmbonCC.sln")))
            {
                dir = dir.Parent;
            }

            DatabaseMigrator.ScriptRoot = Path.Combine(dir?.FullName ?? throw new DirectoryNotFoundException("AmbonCC.sln"), "deploy", "sql");
        }

        return new DatabaseMigrator(TimeProvider.System, NullLogger<DatabaseMigrator>.Instance).MigrateAsync(database);
    }
}

/// <summary>A temp SQLite file with the schema applied.</summary>
public sealed class SqliteDatabaseFixture : TestDatabaseFixture
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "ambon-tests", Guid.NewGuid().ToString("N"));

    public override async Task InitializeAsync()
    {
        Database = AmbonDatabase.ForSqliteFile(Path.Combine(folder, "ambon.db"));
        await MigrateAsync(Database);
    }

    public override Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
        return Task.CompletedTask;
    }
}

/// <summary>A fresh PostgreSQL database (AMBONCC_TEST_POSTGRES) with the schema applied; dropped afterwards.</summary>
public sealed class PostgresDatabaseFixture : TestDatabaseFixture
{
    private readonly string name = "ambon_t_" + Guid.NewGuid().ToString("N")[..16];

    public static string AdminConnectionString =>
        Environment.GetEnvironmentVariable("AMBONCC_TEST_POSTGRES") ?? "Host=127.0.0.1;Username=postgres;Password=postgres";

    public override async Task InitializeAsync()
    {
        await ExecuteAdminAsync($"CREATE DATABASE {name};");
        var builder = new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name };
        Database = new AmbonDatabase(DatabaseKind.Postgres, builder.ToString());
        await MigrateAsync(Database);
    }

    public override async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteAdminAsync($"DROP DATABASE IF EXISTS {name} WITH (FORCE);");
    }

    private static async Task ExecuteAdminAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
