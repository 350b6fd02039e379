using System.Data.Common;
using AmbonCC.IntegrationTests.Infrastructure;
using AmbonCC.Silo.Database;
using Microsoft.Extensions.Logging.Abstractions;

namespace AmbonCC.IntegrationTests.Storage;

/// <summary>Running the migrator (or the Orleans script itself) again leaves the schema exactly as it was.</summary>
public sealed class MigrationIdempotencyTests(PostgresDatabaseFixture postgres) : IClassFixture<PostgresDatabaseFixture>
{
    private static readonly string[] ProviderKeys =
    [
        "ReadFromStorageKey", "WriteToStorageKey", "ClearStorageKey", "DeleteStorageKey",
        "ReadReminderRowsKey", "ReadReminderRowKey", "ReadRangeRows1Key", "ReadRangeRows2Key",
        "UpsertReminderRowKey", "DeleteReminderRowKey", "DeleteReminderRowsKey",
    ];

    public static TheoryData<string> Databases => new() { "sqlite", "postgres" };

    [Theory]
    [MemberData(nameof(Databases))]
    public async Task Second_run_applies_nothing_and_changes_nothing(string kind)
    {
        var database = kind == "sqlite"
            ? AmbonDatabase.ForSqliteFile(Path.Combine(TestDatabases.NewSqliteDirectory(), "ambon.db"))
            : new AmbonDatabase(DatabaseKind.Postgres, postgres.ConnectionString);
        var migrator = new DatabaseMigrator(TimeProvider.System, NullLogger<DatabaseMigrator>.Instance);

        var firstRun = await migrator.MigrateAsync(database);
        Assert.Contains("001_orleans.sql", firstRun);
        var before = await SnapshotAsync(database);
        Assert.Subset(before.Tables, new HashSet<string> { "orleans_grain_state", "orleans_reminders", "orleansquery" });
        Assert.Subset(before.Queries.Keys.ToHashSet(), ProviderKeys.ToHashSet());

        Assert.Empty(await migrator.MigrateAsync(database));
        Assert.Equal(before, await SnapshotAsync(database));

        // The script on its own is idempotent too (IF NOT EXISTS, upserted queries): safe to apply by hand.
        var script = await File.ReadAllTextAsync(Path.Combine(DatabaseMigrator.ScriptRoot, database.ScriptFolder, "001_orleans.sql"));
        await using (var connection = await database.OpenAsync())
        {
            await ExecuteAsync(connection, script);
        }

        Assert.Equal(before, await SnapshotAsync(database));
    }

    private sealed record Snapshot(SortedSet<string> Tables, SortedDictionary<string, string> Queries)
    {
        public bool Equals(Snapshot? other) =>
            other is not null && Tables.SetEquals(other.Tables) && Queries.SequenceEqual(other.Queries);

        public override int GetHashCode() => Tables.Count;
    }

    private static async Task<Snapshot> SnapshotAsync(AmbonDatabase database)
    {
        await using var connection = await database.OpenAsync();
        // Tables and indexes: a duplicated index would show here as well.
        var objects = database.Kind == DatabaseKind.Sqlite
            ? "SELECT lower(name) FROM sqlite_master WHERE type IN ('table', 'index') AND name NOT LIKE 'sqlite_%'"
            : "SELECT lower(relname) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind IN ('r', 'i')";
        var tables = new SortedSet<string>(StringComparer.Ordinal);
        await foreach (var row in ReadAsync(connection, objects))
        {
            tables.Add(row.Key);
        }

        var queries = new SortedDictionary<string, string>(StringComparer.Ordinal);
        await foreach (var row in ReadAsync(connection, "SELECT QueryKey, QueryText FROM OrleansQuery"))
        {
            queries.Add(row.Key, row.Value);
        }

        return new Snapshot(tables, queries);
    }

    private static async IAsyncEnumerable<KeyValuePair<string, string>> ReadAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            yield return new(reader.GetString(0), reader.FieldCount > 1 ? reader.GetString(1) : "");
        }
    }

    private static async Task ExecuteAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
