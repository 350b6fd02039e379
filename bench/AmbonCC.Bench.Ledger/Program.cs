using AmbonCC.Platform.Ledger;
using System.Diagnostics;
using AmbonCC.Silo.Database;
using AmbonCC.Silo.Ledger;
using AmbonCC.RiverGauges;
using AmbonCC.Silo.RiverGauges;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;

// Group-commit ledger throughput: N callers append one reading each in a loop, each awaiting its commit.
// Usage: dotnet run -c Release -- [seconds per cell, default 5] [sqlite|postgres|both] [writer loops, default per database]
var seconds = args.Length > 0 ? double.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 5;
var which = args.Length > 1 ? args[1] : "both";
int? writerLoops = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : null;
var postgresAdmin = Environment.GetEnvironmentVariable("AMBONCC_TEST_POSTGRES") ?? "Host=127.0.0.1;Username=postgres;Password=postgres";
int[] callerCounts = [8, 64, 256];

Console.WriteLine($"Ledger group-commit benchmark: {seconds:0.#} s per cell, writer loops {writerLoops?.ToString() ?? "default"}, {Environment.ProcessorCount} cores, one row per call");
Console.WriteLine($"{"database",-10} {"callers",7} {"rows/s",10} {"p50 ms",8} {"p99 ms",8} {"max ms",8} {"rows/batch",10}");
foreach (var kind in new[] { DatabaseKind.Sqlite, DatabaseKind.Postgres })
{
    if (which != "both" && !string.Equals(which, kind.ToString(), StringComparison.OrdinalIgnoreCase))
    {
        continue;
    }

    foreach (var callers in callerCounts)
    {
        await using var scratch = await ScratchDatabase.CreateAsync(kind, postgresAdmin);
        var cell = await RunCellAsync(scratch.Database, callers, TimeSpan.FromSeconds(seconds), writerLoops);
        Console.WriteLine($"{kind,-10} {callers,7} {cell.RowsPerSecond,10:N0} {cell.P50,8:0.00} {cell.P99,8:0.00} {cell.Max,8:0.00} {cell.RowsPerBatch,10:0.0}");
    }
}

static async Task<Cell> RunCellAsync(AmbonDatabase database, int callers, TimeSpan duration, int? writerLoops)
{
    var writer = new LedgerWriter<GaugeReadingRow, (string, long)>(new GaugeReadingTable(), database,
        Options.Create(new LedgerOptions { MaxQueuedRows = 100_000, WriterLoops = writerLoops }), TimeProvider.System,
        NullLogger<LedgerWriter<GaugeReadingRow, (string, long)>>.Instance);
    await writer.StartAsync(CancellationToken.None);
    var start = DateTimeOffset.UnixEpoch.AddDays(20_000);
    var latencies = new List<double>[callers];
    var total = Stopwatch.StartNew();
    await Task.WhenAll(Enumerable.Range(0, callers).Select(c => Task.Run(async () =>
    {
        var mine = latencies[c] = new List<double>(100_000);
        var gauge = $"B-{c:D3}";
        for (long seq = 0; total.Elapsed < duration; seq++)
        {
            var began = Stopwatch.GetTimestamp();
            await writer.AppendAsync([new GaugeReadingRow(gauge, seq, start.AddSeconds(seq), 100 + seq % 50, null)]);
            mine.Add(Stopwatch.GetElapsedTime(began).TotalMilliseconds);
        }
    })));
    var elapsed = total.Elapsed;
    await writer.StopAsync(CancellationToken.None);
    var all = latencies.SelectMany(l => l).Order().ToArray();
    var stats = writer.Statistics;
    return new Cell(all.Length / elapsed.TotalSeconds, Percentile(all, 0.50), Percentile(all, 0.99), all[^1],
        stats.Batches == 0 ? 0 : (double)stats.Rows / stats.Batches);
}

static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)(p * sorted.Length))];

internal sealed record Cell(double RowsPerSecond, double P50, double P99, double Max, double RowsPerBatch);

/// <summary>A migrated throwaway database: a temp SQLite file or a fresh PostgreSQL database.</summary>
internal sealed class ScratchDatabase : IAsyncDisposable
{
    private readonly string? sqliteFolder;
    private readonly string? postgresName;
    private readonly string postgresAdmin;

    private ScratchDatabase(AmbonDatabase database, string? sqliteFolder, string? postgresName, string postgresAdmin)
    {
        Database = database;
        this.sqliteFolder = sqliteFolder;
        this.postgresName = postgresName;
        this.postgresAdmin = postgresAdmin;
    }

    public AmbonDatabase Database { get; }

    public static async Task<ScratchDatabase> CreateAsync(DatabaseKind kind, string postgresAdmin)
    {
        ScratchDatabase scratch;
        if (kind == DatabaseKind.Sqlite)
        {
            var folder = Path.Combine(Path.GetTempPath(), "ambon-bench", Guid.NewGuid().ToString("N"));
            scratch = new ScratchDatabase(AmbonDatabase.ForSqliteFile(Path.Combine(folder, "ambon.db")), folder, null, postgresAdmin);
        }
        else
        {
            var name = "ambon_bench_" + Guid.NewGuid().ToString("N")[..12];
            await AdminAsync(postgresAdmin, $"CREATE DATABASE {name};");
            var cs = new NpgsqlConnectionStringBuilder(postgresAdmin) { Database = name }.ToString();
            scratch = new ScratchDatabase(new AmbonDatabase(DatabaseKind.Postgres, cs), null, name, postgresAdmin);
        }

        await new DatabaseMigrator(TimeProvider.System, NullLogger<DatabaseMigrator>.Instance).MigrateAsync(scratch.Database);
        return scratch;
    }

    public async ValueTask DisposeAsync()
    {
        if (sqliteFolder is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(sqliteFolder, recursive: true);
        }

        if (postgresName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await AdminAsync(postgresAdmin, $"DROP DATABASE IF EXISTS {postgresName} WITH (FORCE);");
        }
    }

    private static async Task AdminAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
