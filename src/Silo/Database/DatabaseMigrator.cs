using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;

namespace AmbonCC.Silo.Database;

/// <summary>
/// Applies the numbered scripts of deploy/sql/{sqlite|postgres} once each, in order, recording them in
/// <c>ambon_schema_migrations</c>. Running it again changes nothing; a script edited after it was applied is
/// refused rather than silently skipped.
/// </summary>
internal sealed class DatabaseMigrator(TimeProvider time, ILogger<DatabaseMigrator> logger)
{
    // Any fixed number: serialises silos that start together against one PostgreSQL.
    private const long PostgresLockKey = 0x416d626f6e4343;

    public static string ScriptRoot { get; set; } = Path.Combine(AppContext.BaseDirectory, "sql");

    /// <summary>Returns the names of the scripts applied by this call (empty when already up to date).</summary>
    public async Task<IReadOnlyList<string>> MigrateAsync(AmbonDatabase database, CancellationToken cancellationToken = default)
    {
        var scripts = LoadScripts(database);
        await using var connection = await database.OpenAsync(cancellationToken);
        if (database.Kind == DatabaseKind.Sqlite)
        {
            // WAL lets readers and the single writer proceed together; it cannot be set inside a transaction.
            await ExecuteAsync(connection, null, "PRAGMA journal_mode=WAL;", cancellationToken);
        }
        else
        {
            await ExecuteAsync(connection, null, $"SELECT pg_advisory_lock({PostgresLockKey});", cancellationToken);
        }

        try
        {
            await ExecuteAsync(connection, null,
                "CREATE TABLE IF NOT EXISTS ambon_schema_migrations (name VARCHAR(200) NOT NULL PRIMARY KEY, checksum VARCHAR(64) NOT NULL, applied_at VARCHAR(40) NOT NULL);",
                cancellationToken);
            var applied = await ReadAppliedAsync(connection, cancellationToken);
            var appliedNow = new List<string>();
            foreach (var (name, sql) in scripts)
            {
                var checksum = Checksum(sql);
                if (applied.TryGetValue(name, out var recorded))
                {
                    if (recorded != checksum)
                    {
                        throw new InvalidOperationException($"Migration {name} changed after it was applied; add a new script instead.");
                    }

                    continue;
                }

                await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
                await ExecuteAsync(connection, transaction, sql, cancellationToken);
                await using (var record = connection.CreateCommand())
                {
                    record.Transaction = transaction;
                    record.CommandText = "INSERT INTO ambon_schema_migrations (name, checksum, applied_at) VALUES (@name, @checksum, @at);";
                    AddParameter(record, "@name", name);
                    AddParameter(record, "@checksum", checksum);
                    AddParameter(record, "@at", time.GetUtcNow().ToString("O"));
                    await record.ExecuteNonQueryAsync(cancellationToken);
                }

                await transaction.CommitAsync(cancellationToken);
                logger.LogInformation("Applied migration {Name} to {Kind}", name, database.Kind);
                appliedNow.Add(name);
            }

            return appliedNow;
        }
        finally
        {
            if (database.Kind == DatabaseKind.Postgres)
            {
                await ExecuteAsync(connection, null, $"SELECT pg_advisory_unlock({PostgresLockKey});", CancellationToken.None);
            }
        }
    }

    private static List<(string Name, string Sql)> LoadScripts(AmbonDatabase database)
    {
        var folder = Path.Combine(ScriptRoot, database.ScriptFolder);
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"No migration scripts at {folder}.");
        }

        return Directory.GetFiles(folder, "*.sql")
            .OrderBy(f => Path.GetFileName(f), StringComparer.Ordinal)
            .Select(f => (Path.GetFileName(f), File.ReadAllText(f).ReplaceLineEndings("\n")))
            .ToList();
    }

    private static async Task<Dictionary<string, string>> ReadAppliedAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var applied = new Dictionary<string, string>(StringComparer.Ordinal);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name, checksum FROM ambon_schema_migrations;";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            applied[reader.GetString(0)] = reader.GetString(1);
        }

        return applied;
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static void AddParameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    private static string Checksum(string sql) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(sql)));
}
