using System.Diagnostics;
using AmbonCC.Silo.Database;
using AmbonCC.Silo.Ledger;
using AmbonCC.Silo.TaxTerminals;
using AmbonCC.TaxTerminals;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;

// Tax receipts into the tax_transactions ledger on PostgreSQL, below HTTP and grains (the writer the terminal
// grain appends through): (a) batches of 100 per call, (b) one receipt per call, (c) raw binary COPY of the same
// rows, so (a) is printed as a share of what the database takes at most. Usage: dotnet run -c Release -- [seconds]
var admin = Environment.GetEnvironmentVariable("AMBONCC_TEST_POSTGRES") ?? "Host=127.0.0.1;Username=postgres;Password=postgres";
if (args is ["register", ..])
{
    // One tax register at N terminals, in-process silo (see RegisterBench).
    await AmbonCC.Bench.Tax.RegisterBench.RunAsync(admin, Environment.GetEnvironmentVariable("AMBONCC_TEST_REDIS") ?? "127.0.0.1:6379", args);
    return;
}

if (args is ["snapshot", ..])
{
    // The terminal's stored snapshot: bytes and serializer CPU, before and after the packed hours (SnapshotBench).
    AmbonCC.Bench.Tax.SnapshotBench.Run(args);
    return;
}

if (args is ["http", ..])
{
    // Through HTTP and the grains (see HttpBench), then the raw COPY of the same rows for the ratio.
    // --seconds sets every measured window (default: 60 s for the batch rows, 30 s for one per request);
    // --rows a,a-max,b,b-max,embedded picks rows (default all).
    var measured = AmbonCC.Bench.Tax.HttpBench.Option(args, "--seconds", 0);
    var warmup = TimeSpan.FromSeconds(AmbonCC.Bench.Tax.HttpBench.Option(args, "--warmup", 10));
    Console.WriteLine($"start: {AmbonCC.Bench.Tax.HttpBench.Uptime()}; {Environment.ProcessorCount} cores");
    AmbonCC.Bench.Tax.HttpBench.Header();
    var rows = args.SkipWhile(a => a != "--rows").Skip(1).FirstOrDefault()?.Split(',').ToHashSet() ?? [.. AmbonCC.Bench.Tax.HttpBench.AllRows];
    var results = await AmbonCC.Bench.Tax.HttpBench.RunAsync(admin, Environment.GetEnvironmentVariable("AMBONCC_TEST_REDIS") ?? "127.0.0.1:6379",
        measured > 0 ? measured : 60, measured > 0 ? measured : 30, warmup, rows);
    var copy = await WithDatabaseAsync(admin, db => CopyAsync(db, TimeSpan.FromSeconds(10)));
    Console.WriteLine($"{"(c) binary COPY, 10k per copy",-40} {copy.Rate,11:N0}");
    foreach (var (row, result) in results.Where(r => r.Key is "a-max" or "embedded"))
    {
        Console.WriteLine($"{row} is {result.ReceiptsPerSecond / copy.Rate:P1} of (c)");
    }

    Console.WriteLine($"end: {AmbonCC.Bench.Tax.HttpBench.Uptime()}");
    return;
}

var seconds = args.Length > 0 ? double.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 10;
var duration = TimeSpan.FromSeconds(seconds);
Console.WriteLine($"Tax ledger benchmark: PostgreSQL, {seconds:0.#} s per row, {Environment.ProcessorCount} cores");
Console.WriteLine($"{"row",-34} {"receipts/s",11} {"p50 ms",8} {"p99 ms",8}");

var a = await WithDatabaseAsync(admin, db => AppendAsync(db, callers: 32, perCall: 100, duration));
Console.WriteLine($"{"(a) 32 callers x 100 per call",-34} {a.Rate,11:N0} {a.P50,8:0.0} {a.P99,8:0.0}");
var b = await WithDatabaseAsync(admin, db => AppendAsync(db, callers: 64, perCall: 1, duration));
Console.WriteLine($"{"(b) 64 callers x 1 per call",-34} {b.Rate,11:N0} {b.P50,8:0.0} {b.P99,8:0.0}");
var c = await WithDatabaseAsync(admin, db => CopyAsync(db, duration));
Console.WriteLine($"{"(c) binary COPY, 10k per copy",-34} {c.Rate,11:N0} {"-",8} {"-",8}");
Console.WriteLine($"(a) is {a.Rate / c.Rate:P0} of (c)");

static async Task<Result> AppendAsync(AmbonDatabase database, int callers, int perCall, TimeSpan duration)
{
    var writer = new LedgerWriter<TaxTransactionRow, (string, long)>(new TaxTransactionTable(), database,
        Options.Create(new LedgerOptions { MaxQueuedRows = 200_000 }), TimeProvider.System, NullLogger<LedgerWriter<TaxTransactionRow, (string, long)>>.Instance);
    await writer.StartAsync(CancellationToken.None);
    var latencies = new List<double>[callers];
    var clock = Stopwatch.StartNew();
    await Task.WhenAll(Enumerable.Range(0, callers).Select(c => Task.Run(async () =>
    {
        var mine = latencies[c] = [];
        for (long next = 1; clock.Elapsed < duration; next += perCall)
        {
            var rows = Rows($"BENCH-{c:D4}", next, perCall);
            var began = Stopwatch.GetTimestamp();
            await writer.AppendAsync(rows);
            mine.Add(Stopwatch.GetElapsedTime(began).TotalMilliseconds);
        }
    })));
    var elapsed = clock.Elapsed;
    await writer.StopAsync(CancellationToken.None);
    var all = latencies.SelectMany(l => l).Order().ToArray();
    return new Result(all.Length * perCall / elapsed.TotalSeconds, all[all.Length / 2], all[Math.Min(all.Length - 1, (int)(all.Length * 0.99))]);
}

static async Task<Result> CopyAsync(AmbonDatabase database, TimeSpan duration)
{
    await using var connection = new NpgsqlConnection(database.ConnectionString);
    await connection.OpenAsync();
    var clock = Stopwatch.StartNew();
    long total = 0;
    for (var round = 0; clock.Elapsed < duration; round++)
    {
        await using var import = await connection.BeginBinaryImportAsync($"COPY tax_transactions ({TaxTransactionTable.Select}) FROM STDIN (FORMAT BINARY)");
        foreach (var row in Rows($"COPY-{round:D6}", 1, 10_000))
        {
            var t = row.Transaction;
            await import.StartRowAsync();
            await import.WriteAsync(row.Serial, NpgsqlDbType.Varchar);
            await import.WriteAsync(t.ReceiptNo, NpgsqlDbType.Bigint);
            await import.WriteAsync(row.Npwpd, NpgsqlDbType.Varchar);
            await import.WriteAsync(t.IssuedAt.UtcDateTime, NpgsqlDbType.TimestampTz);
            await import.WriteAsync("sale", NpgsqlDbType.Varchar);
            await import.WriteAsync(TaxTransaction.ToSen(t.Subtotal), NpgsqlDbType.Bigint);
            await import.WriteAsync(TaxTransaction.ToSen(t.Tax), NpgsqlDbType.Bigint);
            await import.WriteAsync(0L, NpgsqlDbType.Bigint);
            await import.WriteAsync(TaxTransaction.ToSen(t.Total), NpgsqlDbType.Bigint);
            await import.WriteNullAsync();
            await import.WriteAsync("qris", NpgsqlDbType.Varchar);
            await import.WriteAsync(row.ContentHash, NpgsqlDbType.Char);
            await import.WriteAsync(DateTime.UtcNow, NpgsqlDbType.TimestampTz);
        }

        total += (long)await import.CompleteAsync();
    }

    return new Result(total / clock.Elapsed.TotalSeconds, 0, 0);
}

static List<TaxTransactionRow> Rows(string serial, long first, int count)
{
    var at = new DateTimeOffset(2026, 12, 1, 12, 0, 0, TimeSpan.FromHours(9));
    return [.. Enumerable.Range(0, count).Select(i => TaxTransactionRow.From(serial, "P.BENCH",
        new TaxTransaction(first + i, at.AddSeconds(first + i), 45_000m, 4_500m, 0m, 49_500m, TransactionKind.Sale, null, "qris")))];
}

static async Task<Result> WithDatabaseAsync(string admin, Func<AmbonDatabase, Task<Result>> run)
{
    var name = "ambon_taxbench_" + Guid.NewGuid().ToString("N")[..12];
    await AdminAsync(admin, $"CREATE DATABASE {name};");
    try
    {
        var database = new AmbonDatabase(DatabaseKind.Postgres, new NpgsqlConnectionStringBuilder(admin) { Database = name }.ToString());
        await new DatabaseMigrator(TimeProvider.System, NullLogger<DatabaseMigrator>.Instance).MigrateAsync(database);
        return await run(database);
    }
    finally
    {
        NpgsqlConnection.ClearAllPools();
        await AdminAsync(admin, $"DROP DATABASE IF EXISTS {name} WITH (FORCE);");
    }
}

static async Task AdminAsync(string connectionString, string sql)
{
    await using var connection = new NpgsqlConnection(connectionString);
    await connection.OpenAsync();
    await using var command = new NpgsqlCommand(sql, connection);
    await command.ExecuteNonQueryAsync();
}

internal sealed record Result(double Rate, double P50, double P99);
