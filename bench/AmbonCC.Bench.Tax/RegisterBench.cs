using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using AmbonCC.Live;
using AmbonCC.Platform;
using AmbonCC.Silo.Database;
using AmbonCC.Silo.Hosting;
using AmbonCC.TaxTerminals;
using AmbonCC.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;
using Orleans.Runtime;
using Orleans.Storage;
using Orleans.Streams;

namespace AmbonCC.Bench.Tax;

/// <summary>
/// Can one tax register carry a city of N terminals? A silo started as production starts it
/// (<see cref="SiloConfiguration.AddAmbonSilo"/>, no demo seed, a subscriber on the tax live stream as the web
/// process has), in this process; for each N a register of its own (key <c>bench-N</c>; the grain does not use its
/// key) is filled with N rows, then <c>callers</c> closed-loop callers report rows of distinct terminals into it.
/// Usage: <c>dotnet AmbonCC.Bench.Tax.dll register [--seconds 20] [--callers 64] [--sizes 300,10000,30000]
/// [--profile postgres|embedded|both] [--kecamatan K]</c>.
/// </summary>
/// <remarks>
/// With <c>--kecamatan K</c> (K ≥ 1) the N terminals are spread evenly over K kecamatan (kelurahan codes
/// <c>31.71.01.10xx</c> … <c>31.71.K.10xx</c>) and report as the product does, through
/// <see cref="TaxRegisters.For"/> to their kecamatan's register, which lists itself in the city's index; the reads
/// are the city-wide <see cref="TaxRegisters.ReadAsync"/> and <see cref="TaxRegisters.TotalsAsync"/>. Those read
/// every register in the index, so each size then runs in a silo and a store of its own (a fresh database, data
/// directory and service id), not one after the other in the same silo.
/// </remarks>
internal static class RegisterBench
{
    private const string StateName = "taxRegister";

    public static async Task RunAsync(string admin, string redis, string[] args)
    {
        var window = TimeSpan.FromSeconds(HttpBench.Option(args, "--seconds", 20));
        var callers = (int)HttpBench.Option(args, "--callers", 64);
        var sizes = (args.SkipWhile(a => a != "--sizes").Skip(1).FirstOrDefault() ?? "300,10000,30000").Split(',').Select(int.Parse).ToArray();
        var profile = args.SkipWhile(a => a != "--profile").Skip(1).FirstOrDefault() ?? "postgres";
        var kecamatan = (int)HttpBench.Option(args, "--kecamatan", 0);
        if (kecamatan is < 0 or > 99)
        {
            throw new ArgumentException("--kecamatan: 1 to 99 (two digits of the kecamatan code), or 0 for one register");
        }

        Console.WriteLine($"start: {HttpBench.Uptime()}; {Environment.ProcessorCount} cores; {callers} callers, {window.TotalSeconds:0} s per size; "
            + (kecamatan == 0 ? "one register per size (key bench-N)" : $"{kecamatan} kecamatan registers per size, each size in a silo and store of its own"));
        Console.WriteLine($"{"profile",-9} {"N",7} {"K",3} {"reports/s",10} {"mean ms",7} {"p50 ms",7} {"p99 ms",7} {"max ms",7} {"CPU ms/1000",11} {"cores",6} {"live",6} {"writes",6} "
            + $"{"KB max",7} {"KB mean",7} {"write ms",9} {"ser. ms",8} {"Get ms",7} {"Get load",9} {"answer KB",9} {"JSON KB",8} {"Tot. ms",7} {"Tot. load",9} {"Tot. B",6} {"GC pause",8} {"gen2",4}  load");
        // One register: all sizes in one silo (each its own key). Split: the city-wide reads see every register in
        // the index, so each size gets a fresh silo and store.
        foreach (var group in kecamatan == 0 ? [sizes] : sizes.Select(n => new[] { n }))
        {
            await ProfilesAsync(admin, redis, profile, group, kecamatan, callers, window);
        }

        Console.WriteLine($"end: {HttpBench.Uptime()}");
    }

    private static async Task ProfilesAsync(string admin, string redis, string profile, int[] sizes, int kecamatan, int callers, TimeSpan window)
    {
        if (profile is "postgres" or "both")
        {
            var name = "ambon_regbench_" + Guid.NewGuid().ToString("N")[..12];
            await HttpBench.AdminAsync(admin, $"CREATE DATABASE {name};");
            try
            {
                var postgres = new NpgsqlConnectionStringBuilder(admin) { Database = name, MaxPoolSize = 64 }.ToString();
                await RunProfileAsync("postgres", Settings(StorageProfile.Production, Path.GetTempPath(), postgres, redis), sizes, kecamatan, callers, window);
            }
            finally
            {
                NpgsqlConnection.ClearAllPools();
                await HttpBench.AdminAsync(admin, $"DROP DATABASE IF EXISTS {name} WITH (FORCE);");
            }
        }

        if (profile is "embedded" or "both")
        {
            var data = Path.Combine(Path.GetTempPath(), "ambon-regbench-" + Guid.NewGuid().ToString("N"));
            try
            {
                await RunProfileAsync("embedded", Settings(StorageProfile.Embedded, data, null, redis), sizes, kecamatan, callers, window);
            }
            finally
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                Directory.Delete(data, recursive: true);
            }
        }
    }

    private static Dictionary<string, string?> Settings(StorageProfile profile, string data, string? postgres, string redis)
    {
        var id = "regbench-" + Guid.NewGuid().ToString("N")[..8];
        return new()
        {
            ["AmbonCC:Profile"] = profile.ToString(),
            ["AmbonCC:DataDirectory"] = data,
            ["AmbonCC:SeedDemoData"] = "false",
            ["AmbonCC:ServiceId"] = id,
            ["AmbonCC:ClusterId"] = id,
            ["AmbonCC:SiloPort"] = BuildOutput.FreeLoopbackPort().ToString(CultureInfo.InvariantCulture),
            ["AmbonCC:GatewayPort"] = BuildOutput.FreeLoopbackPort().ToString(CultureInfo.InvariantCulture),
            ["AmbonCC:Outbox:WorkerEnabled"] = "false",
            ["ConnectionStrings:Postgres"] = postgres,
            ["ConnectionStrings:Redis"] = redis,
            ["Logging:LogLevel:Default"] = "Warning",
        };
    }

    private static async Task RunProfileAsync(string label, Dictionary<string, string?> settings, int[] sizes, int kecamatan, int callers, TimeSpan window)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddAmbonSilo();
        using var host = builder.Build();
        await host.StartAsync();
        try
        {
            // The web process's one subscription to the tax stream: "live" is the share of reports it received.
            var delivered = 0L;
            var stream = host.Services.GetRequiredService<IClusterClient>().GetStreamProvider(ProviderNames.LiveStreams)
                .GetStream<ILiveEvent>(StreamId.Create(LiveStreamIds.Namespace, LiveStreamIds.Tax));
            var subscription = await stream.SubscribeAsync((_, _) =>
            {
                Interlocked.Increment(ref delivered);
                return Task.CompletedTask;
            });
            foreach (var n in sizes)
            {
                var row = await SizeAsync(host.Services, n, kecamatan, callers, window, () => Interlocked.Read(ref delivered));
                Console.WriteLine($"{label,-9} {n,7:N0} {Math.Max(kecamatan, 1),3} {row}  {HttpBench.LoadAverage()}");
            }

            await subscription.UnsubscribeAsync();
        }
        finally
        {
            await host.StopAsync();
        }
    }

    private static async Task<string> SizeAsync(IServiceProvider services, int n, int kecamatan, int callers, TimeSpan window, Func<long> delivered)
    {
        callers = Math.Min(callers, n); // each caller owns at least one terminal
        var grains = services.GetRequiredService<IGrainFactory>();
        var split = kecamatan > 0;
        // One register: key bench-N, not a kecamatan, so never listed. Split: the kecamatan registers 31.71.01 …
        // (no other register rows in this fresh store).
        var pattern = split ? "31.71.%" : $"bench-{n}";
        var single = grains.GetGrain<ITaxRegisterGrain>($"bench-{n}");
        var spread = split ? kecamatan : 8; // the one-register rows keep the kelurahan codes they always had
        var serials = Enumerable.Range(0, n).Select(i => $"JKT-TRM-{i:D6}").ToArray();
        var kelurahan = Enumerable.Range(0, n).Select(i => $"31.71.{i % spread + 1:D2}.{1001 + i % 40}").ToArray();
        var receipts = new long[n];
        // As the terminal grain reports: its kecamatan's register, looked up on every report.
        Task Report(int i) => (split ? TaxRegisters.For(grains, kelurahan[i]) : single)
            .ReportTerminalAsync(Row(serials[i], kelurahan[i], i, ++receipts[i], DateTimeOffset.UtcNow));
        Task<TaxRegisterView> Read() => split ? TaxRegisters.ReadAsync(grains) : single.GetAsync();
        Task<TaxTotals> Totals() => split ? TaxRegisters.TotalsAsync(grains) : single.GetTotalsAsync();

        // Fill: every terminal reports once (also the warm-up of the grains, the index, the stream and the JIT).
        await Parallel.ForEachAsync(Enumerable.Range(0, n), new ParallelOptions { MaxDegreeOfParallelism = callers }, async (i, _) => await Report(i));
        await Task.Delay(TimeSpan.FromSeconds(6)); // the first write of the full registers
        var before = await StoredAsync(services, pattern);
        var registers = split ? (await grains.GetGrain<ITaxRegisterIndexGrain>(CityKeys.City).GetKeysAsync()).Length : 1;
        if (before.Rows != registers || (split && registers != Math.Min(kecamatan, n)))
        {
            throw new InvalidOperationException($"{before.Rows} stored registers, {registers} in the index, {kecamatan} kecamatan expected");
        }

        var latencies = new List<double>[callers];
        var readLatencies = new List<double>();
        var totalsLatencies = new List<double>();
        var clock = Stopwatch.StartNew();
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var deliveredBefore = delivered();
        var pauseBefore = GC.GetTotalPauseDuration();
        var gen2Before = GC.CollectionCount(2);
        var loaders = Enumerable.Range(0, callers).Select(w => Task.Run(async () =>
        {
            var mine = latencies[w] = new List<double>(200_000);
            for (var i = w; clock.Elapsed < window; i = i + callers < n ? i + callers : w)
            {
                var began = Stopwatch.GetTimestamp();
                await Report(i);
                mine.Add(Stopwatch.GetElapsedTime(began).TotalMilliseconds);
            }
        })).ToList();
        // The Tax page opening while the terminals report (all rows), and the summary (totals only): each once a second.
        loaders.Add(Task.Run(async () =>
        {
            while (clock.Elapsed < window - TimeSpan.FromSeconds(1))
            {
                await Task.Delay(TimeSpan.FromSeconds(1));
                var began = Stopwatch.GetTimestamp();
                await Read();
                readLatencies.Add(Stopwatch.GetElapsedTime(began).TotalMilliseconds);
                began = Stopwatch.GetTimestamp();
                await Totals();
                totalsLatencies.Add(Stopwatch.GetElapsedTime(began).TotalMilliseconds);
            }
        }));
        await Task.WhenAll(loaders);
        var elapsed = clock.Elapsed;
        var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
        var pause = (GC.GetTotalPauseDuration() - pauseBefore).TotalMilliseconds;
        var gen2 = GC.CollectionCount(2) - gen2Before;
        await Task.Delay(TimeSpan.FromSeconds(1)); // live events still polled off the queue count
        var live = delivered() - deliveredBefore;

        var all = latencies.SelectMany(l => l).Order().ToArray();
        var rate = all.Length / elapsed.TotalSeconds;
        await Task.Delay(TimeSpan.FromSeconds(6)); // the last write of the window
        var after = await StoredAsync(services, pattern);
        // One register's write: the one of the first kecamatan (all hold n / K rows, ±1).
        var (writeMs, serializeMs) = await WriteAsync(services, split ? TaxRegisters.For(grains, kelurahan[0]) : single);
        var (readMs, answer, json) = await ReadAsync(services, Read);
        var (totalsMs, totalsBytes) = await TotalsAsync(services, Totals, registers);
        static string Max(List<double> times) => times.Count == 0 ? "-" : $"{times.Max():0}";
        return $"{rate,10:N0} {all.Average(),7:0.00} {Percentile(all, 0.5),7:0.00} {Percentile(all, 0.99),7:0.00} {all[^1],7:0} {cpu / all.Length * 1e6,11:0.0} {cpu / elapsed.TotalSeconds,6:0.00} "
            + $"{(double)live / all.Length,6:P1} {(after.Versions - before.Versions) / (double)registers,6:0.#} {after.MaxBytes / 1024.0,7:N0} {after.MeanBytes / 1024.0,7:N0} {writeMs,9:0} {serializeMs,8:0} {readMs,7:0.0} "
            + $"{Max(readLatencies),9} {answer / 1024.0,9:N0} {json / 1024.0,8:N0} {totalsMs,7:0.0} {Max(totalsLatencies),9} {totalsBytes,6} {pause,8:0} {gen2,4}";
    }

    /// <summary>A terminal's row as a terminal sends it: every field set, a few red, figures of a busy outlet.</summary>
    private static TerminalStatusChanged Row(string serial, string kelurahan, int i, long receipt, DateTimeOffset now)
    {
        var red = i % 25 == 0;
        var tax = 10_000m + receipt * 4_500m;
        var status = new TerminalStatus(serial, $"P.2.{i % 10_000_000:D7}.03.01", $"Rumah Makan Sederhana Cabang {i}", kelurahan,
            red ? TerminalHealth.Red : TerminalHealth.Green, now.AddSeconds(-3), receipt, tax * 10m, tax, (int)(receipt % 900), red ? now.AddDays(-4) : null,
            -6.2 + i % 997 * 0.0003, 106.8 + i % 991 * 0.0003, tax * 210m, 9_500_000m + i, tax * 21m);
        return new TerminalStatusChanged(status, now);
    }

    /// <summary>
    /// The registers' rows in the storage table whose key is like <paramref name="pattern"/>: how many, the sum of
    /// their versions (one per write), their largest and mean payload.
    /// </summary>
    private static async Task<(long Rows, long Versions, long MaxBytes, double MeanBytes)> StoredAsync(IServiceProvider services, string pattern)
    {
        await using var connection = await services.GetRequiredService<AmbonDatabase>().OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*), coalesce(sum(version), 0), coalesce(max(length(payload)), 0), coalesce(avg(length(payload)), 0) "
            + $"FROM orleans_grain_state WHERE grain_id_ext LIKE @pattern AND grain_type = '{StateName}'";
        var parameter = command.CreateParameter();
        parameter.ParameterName = "pattern";
        parameter.Value = pattern;
        command.Parameters.Add(parameter);
        await using DbDataReader reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        var culture = CultureInfo.InvariantCulture;
        return (Convert.ToInt64(reader[0], culture), Convert.ToInt64(reader[1], culture), Convert.ToInt64(reader[2], culture), Convert.ToDouble(reader[3], culture));
    }

    /// <summary>
    /// One <c>WriteStateAsync</c> of the same rows through the same provider and serializer the grain uses, under
    /// a grain id of its own (median of 5 updates after the first insert), and the JSON serialization alone.
    /// </summary>
    private static async Task<(double WriteMs, double SerializeMs)> WriteAsync(IServiceProvider services, ITaxRegisterGrain register)
    {
        var view = await register.GetAsync();
        var rows = new TaxRegisterState();
        foreach (var row in view.Terminals)
        {
            rows.Terminals[row.Status.Serial] = row;
        }

        var storage = services.GetRequiredKeyedService<IGrainStorage>(ProviderNames.GrainStorage);
        var grainState = new GrainState<TaxRegisterState>(rows);
        var id = GrainId.Create("taxregister", "bench-write-" + Guid.NewGuid().ToString("N")[..8]);
        var times = new List<double>();
        for (var i = 0; i < 6; i++)
        {
            var began = Stopwatch.GetTimestamp();
            await storage.WriteStateAsync(StateName, id, grainState);
            times.Add(Stopwatch.GetElapsedTime(began).TotalMilliseconds);
        }

        var serializer = services.GetRequiredService<IGrainStorageSerializer>();
        var serialize = Stopwatch.StartNew();
        serializer.Serialize(rows);
        return (Percentile([.. times.Skip(1).Order()], 0.5), serialize.Elapsed.TotalMilliseconds);
    }

    /// <summary>The median of 10 idle reads of all rows, and the answer's size: Orleans binary (between silos) and JSON.</summary>
    private static async Task<(double Ms, long OrleansBytes, long JsonBytes)> ReadAsync(IServiceProvider services, Func<Task<TaxRegisterView>> read)
    {
        var times = new List<double>();
        TaxRegisterView? view = null;
        for (var i = 0; i < 10; i++)
        {
            var began = Stopwatch.GetTimestamp();
            view = await read();
            times.Add(Stopwatch.GetElapsedTime(began).TotalMilliseconds);
        }

        var orleans = services.GetRequiredService<Orleans.Serialization.Serializer>().SerializeToArray(view!).Length;
        var json = System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(view!.Terminals.Select(r => r.Status), System.Text.Json.JsonSerializerOptions.Web).Length;
        return (Percentile([.. times.Order()], 0.5), orleans, json);
    }

    /// <summary>The median of 10 idle reads of the totals, and the answers' size in Orleans binary (one answer per register).</summary>
    private static async Task<(double Ms, long OrleansBytes)> TotalsAsync(IServiceProvider services, Func<Task<TaxTotals>> totals, int registers)
    {
        var times = new List<double>();
        TaxTotals? sum = null;
        for (var i = 0; i < 10; i++)
        {
            var began = Stopwatch.GetTimestamp();
            sum = await totals();
            times.Add(Stopwatch.GetElapsedTime(began).TotalMilliseconds);
        }

        return (Percentile([.. times.Order()], 0.5), services.GetRequiredService<Orleans.Serialization.Serializer>().SerializeToArray(sum!).Length * (long)registers);
    }

    private static double Percentile(double[] sorted, double p) => sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)(sorted.Length * p))];
}
