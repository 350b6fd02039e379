using System.Data.Common;
using AmbonCC.Silo.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace AmbonCC.Silo.Database;

internal enum DatabaseKind
{
    Sqlite,
    Postgres,
}

/// <summary>The one relational store of a deployment: where grain state, reminders and ledgers live.</summary>
internal sealed class AmbonDatabase
{
    /// <summary>Invariant the Orleans ADO.NET providers map to Microsoft.Data.Sqlite.</summary>
    public const string SqliteInvariant = "System.Data.SQLite";

    public const string PostgresInvariant = "Npgsql";

    public AmbonDatabase(DatabaseKind kind, string connectionString)
    {
        Kind = kind;
        ConnectionString = connectionString;
    }

    public DatabaseKind Kind { get; }

    public string ConnectionString { get; }

    public string Invariant => Kind == DatabaseKind.Sqlite ? SqliteInvariant : PostgresInvariant;

    /// <summary>Folder name under deploy/sql that holds this database's scripts.</summary>
    public string ScriptFolder => Kind == DatabaseKind.Sqlite ? "sqlite" : "postgres";

    public static AmbonDatabase FromConfiguration(IConfiguration configuration)
    {
        var options = configuration.GetSection(AmbonOptions.Section).Get<AmbonOptions>() ?? new AmbonOptions();
        if (options.Profile == StorageProfile.Production)
        {
            var cs = configuration.GetConnectionString("Postgres");
            if (string.IsNullOrWhiteSpace(cs))
            {
                throw new InvalidOperationException("Profile Production needs ConnectionStrings:Postgres.");
            }

            return new AmbonDatabase(DatabaseKind.Postgres, cs);
        }

        return ForSqliteFile(options.SqliteFile);
    }

    public static AmbonDatabase ForSqliteFile(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            // Busy timeout: storage, reminders and ledgers share one file.
            DefaultTimeout = 30,
        };
        return new AmbonDatabase(DatabaseKind.Sqlite, builder.ToString());
    }

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        DbConnection connection = Kind == DatabaseKind.Sqlite
            ? new SqliteConnection(ConnectionString)
            : new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }
}
