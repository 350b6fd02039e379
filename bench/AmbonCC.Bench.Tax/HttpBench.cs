using System.Globalization;
using Npgsql;

namespace AmbonCC.Bench.Tax;

/// <summary>
/// Receipts through HTTP into the built command center, one run: (a) batches of 100, (b) one receipt per request,
/// both on PostgreSQL (Production profile), then (a) on the embedded profile (SQLite). The raw COPY row (c) is
/// measured by Program after these. Usage: <c>dotnet AmbonCC.Bench.Tax.dll http [--seconds 60] [--warmup 10]</c>.
/// </summary>
internal static class HttpBench
{
    private const int Terminals = 300;

    /// <summary>The rows, by name: (a) and (b) offered at the issue's target rates (open loop), then each as fast as
    /// a fixed number of workers can go (closed loop), then (a) closed loop on the embedded profile.</summary>
    public static readonly string[] AllRows = ["a", "a-max", "b", "b-max", "embedded"];

    public static async Task<Dictionary<string, HttpResult>> RunAsync(string admin, string redis, double secondsA, double secondsB, TimeSpan warmup, ISet<string> rows)
    {
        var results = new Dictionary<string, HttpResult>();
        if (rows.Overlaps(["a", "a-max", "b", "b-max"]))
        {
            await PostgresRowsAsync(admin, redis, secondsA, secondsB, warmup, rows, results);
        }

        if (rows.Contains("embedded"))
        {
            await using var web = await TaxWebProcess.StartAsync(null, redis);
            var terminals = await web.TerminalsAsync(Terminals);
            Console.WriteLine($"embedded: {terminals.Count} terminals with keys; {await web.HistorySeeded.WaitAsync(TimeSpan.FromMinutes(5))}; load average {LoadAverage()}");
            await RowAsync(results, rows, "embedded", "(a) embedded, 32 workers x 100", () =>
                HttpLoad.RunAsync(web, terminals, [.. terminals.Select(t => t.Last + 1)], 32, 100, TimeSpan.FromSeconds(secondsA), warmup));
        }

        return results;
    }

    private static async Task PostgresRowsAsync(string admin, string redis, double secondsA, double secondsB, TimeSpan warmup, ISet<string> rows, Dictionary<string, HttpResult> results)
    {
        var name = "ambon_taxhttp_" + Guid.NewGuid().ToString("N")[..12];
        await AdminAsync(admin, $"CREATE DATABASE {name};");
        try
        {
            var postgres = new NpgsqlConnectionStringBuilder(admin) { Database = name, MaxPoolSize = 64 }.ToString();
            await using var web = await TaxWebProcess.StartAsync(postgres, redis);
            var terminals = await web.TerminalsAsync(Terminals);
            Console.WriteLine($"PostgreSQL: {terminals.Count} terminals with keys; {await web.HistorySeeded.WaitAsync(TimeSpan.FromMinutes(5))}; load average {LoadAverage()}");
            var next = terminals.Select(t => t.Last + 1).ToArray();
            var a = TimeSpan.FromSeconds(secondsA);
            var b = TimeSpan.FromSeconds(secondsB);
            await RowAsync(results, rows, "a", "(a) 20,000/s offered, 100 per request", () => HttpLoad.RunAtRateAsync(web, terminals, next, 20_000, 100, a, warmup));
            await RowAsync(results, rows, "a-max", "(a) 32 workers x 100 per request", () => HttpLoad.RunAsync(web, terminals, next, 32, 100, a, warmup));
            await RowAsync(results, rows, "b", "(b) 5,000/s offered, 1 per request", () => HttpLoad.RunAtRateAsync(web, terminals, next, 5_000, 1, b, warmup));
            await RowAsync(results, rows, "b-max", "(b) 128 workers x 1 per request", () => HttpLoad.RunAsync(web, terminals, next, 128, 1, b, warmup));
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await AdminAsync(admin, $"DROP DATABASE IF EXISTS {name} WITH (FORCE);");
        }
    }

    private static async Task RowAsync(Dictionary<string, HttpResult> results, ISet<string> rows, string key, string label, Func<Task<HttpResult>> run)
    {
        if (rows.Contains(key))
        {
            var result = results[key] = await run();
            Console.WriteLine($"{label,-40} {result.ReceiptsPerSecond,11:N0} {result.RequestsPerSecond,11:N0} {result.P50,8:0.0} {result.P99,8:0.0} {result.Failed,7} {result.WebCores,10:0.00} {result.CpuPer1000,10:0.000}  load {LoadAverage()}"
                + (result.SettledAfter is { } settled ? $"; warm-up: last ack > 100 ms was due at {settled:0.0} s" : "")
                + (result.WarmupFailed > 0 ? $"; {result.WarmupFailed} refused in the warm-up" : "")
                + (result.WorstSeconds is { Length: > 0 } worst ? $"; worst seconds of the window: {worst}" : ""));
        }
    }

    public static void Header() =>
        Console.WriteLine($"{"row",-40} {"receipts/s",11} {"requests/s",11} {"p50 ms",8} {"p99 ms",8} {"failed",7} {"web cores",10} {"CPU s/1000",10}");

    public static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

    public static async Task AdminAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>The value after <paramref name="name"/> (e.g. <c>--seconds 20</c>), else <paramref name="fallback"/>.</summary>
    public static double Option(string[] args, string name, double fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? double.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
    }

    /// <summary>The <c>uptime</c> line (load averages), or /proc/loadavg where it is missing.</summary>
    public static string Uptime()
    {
        try
        {
            using var uptime = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("uptime") { RedirectStandardOutput = true })!;
            var line = uptime.StandardOutput.ReadToEnd().Trim();
            uptime.WaitForExit();
            return line;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "load average: " + LoadAverage();
        }
    }
}
