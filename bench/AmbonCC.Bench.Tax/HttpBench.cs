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

    public static async Task<HttpResult[]> RunAsync(string admin, string redis, double secondsA, double secondsB, TimeSpan warmup)
    {
        var name = "ambon_taxhttp_" + Guid.NewGuid().ToString("N")[..12];
        await AdminAsync(admin, $"CREATE DATABASE {name};");
        HttpResult a, b, embedded;
        try
        {
            var postgres = new NpgsqlConnectionStringBuilder(admin) { Database = name, MaxPoolSize = 64 }.ToString();
            await using (var web = await TaxWebProcess.StartAsync(postgres, redis))
            {
                var terminals = await web.TerminalsAsync(Terminals);
                Console.WriteLine($"PostgreSQL: {terminals.Count} terminals with keys; load average {LoadAverage()}");
                var next = terminals.Select(t => t.Last + 1).ToArray();
                a = await HttpLoad.RunAsync(web, terminals, next, workers: 32, perRequest: 100, TimeSpan.FromSeconds(secondsA), warmup);
                Print("(a) HTTP, 100 per request, PostgreSQL", a);
                b = await HttpLoad.RunAsync(web, terminals, next, workers: 128, perRequest: 1, TimeSpan.FromSeconds(secondsB), warmup);
                Print("(b) HTTP, 1 per request, PostgreSQL", b);
            }
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await AdminAsync(admin, $"DROP DATABASE IF EXISTS {name} WITH (FORCE);");
        }

        await using (var web = await TaxWebProcess.StartAsync(null, redis))
        {
            var terminals = await web.TerminalsAsync(Terminals);
            Console.WriteLine($"embedded: {terminals.Count} terminals with keys; load average {LoadAverage()}");
            embedded = await HttpLoad.RunAsync(web, terminals, terminals.Select(t => t.Last + 1).ToArray(), workers: 32, perRequest: 100, TimeSpan.FromSeconds(secondsA), warmup);
            Print("(a) HTTP, 100 per request, embedded", embedded);
        }

        return [a, b, embedded];
    }

    public static void Header() =>
        Console.WriteLine($"{"row",-40} {"receipts/s",11} {"requests/s",11} {"p50 ms",8} {"p99 ms",8} {"failed",7} {"web cores",10} {"CPU s/1000",10}");

    private static void Print(string row, HttpResult r) =>
        Console.WriteLine($"{row,-40} {r.ReceiptsPerSecond,11:N0} {r.RequestsPerSecond,11:N0} {r.P50,8:0.0} {r.P99,8:0.0} {r.Failed,7} {r.WebCores,10:0.00} {r.CpuPer1000,10:0.000}");

    public static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

    private static async Task AdminAsync(string connectionString, string sql)
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
