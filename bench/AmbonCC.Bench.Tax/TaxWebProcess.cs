using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using AmbonCC.Testing;

namespace AmbonCC.Bench.Tax;

/// <summary>
/// The built command center (src/Web, co-hosted silo) on free ports with a fresh data directory: the embedded
/// profile (SQLite), or Production on a given PostgreSQL database with Redis clustering. The demo city is seeded,
/// so its 300 terminals exist; the admin signs in with the login form's cookie to issue their device keys.
/// </summary>
internal sealed partial class TaxWebProcess : IAsyncDisposable
{
    public const string AdminPassword = "Bench-Admin-Password-2026";
    private readonly Process process;
    private readonly string data;

    private TaxWebProcess(Process process, string url, string data, Task<string> historySeeded)
    {
        this.process = process;
        this.data = data;
        Url = url;
        HistorySeeded = historySeeded;
    }

    /// <summary>The seeder's closing log line ("Tax history: 300 terminal(s) got 8 weeks ... in N s").</summary>
    public Task<string> HistorySeeded { get; }

    public string Url { get; }

    public int Id => process.Id;

    public static async Task<TaxWebProcess> StartAsync(string? postgres, string redis)
    {
        var dll = BuildOutput.Locate("Web", "AmbonCC.Web.dll");
        var data = Path.Combine(Path.GetTempPath(), "ambon-taxbench-" + Guid.NewGuid().ToString("N"));
        var url = $"http://127.0.0.1:{BuildOutput.FreeLoopbackPort()}";
        var info = new ProcessStartInfo("dotnet", [dll]) { WorkingDirectory = Path.GetDirectoryName(Path.GetFullPath(dll))!, RedirectStandardOutput = true, RedirectStandardError = true };
        info.Environment["ASPNETCORE_URLS"] = url;
        info.Environment["AmbonCC__DataDirectory"] = data;
        info.Environment["AmbonCC__SiloPort"] = BuildOutput.FreeLoopbackPort().ToString(CultureInfo.InvariantCulture);
        info.Environment["AmbonCC__GatewayPort"] = BuildOutput.FreeLoopbackPort().ToString(CultureInfo.InvariantCulture);
        info.Environment["AMBONCC_ADMIN_PASSWORD"] = AdminPassword;
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        // The end of the first start's background history seed is what the bench waits for before it loads.
        info.Environment["Logging__LogLevel__AmbonCC.Silo.TaxTerminals.TaxHistorySeeder"] = "Information";
        if (postgres is not null)
        {
            var id = "taxbench-" + Guid.NewGuid().ToString("N")[..8];
            info.Environment["AmbonCC__Profile"] = "Production";
            info.Environment["AmbonCC__ServiceId"] = id;
            info.Environment["AmbonCC__ClusterId"] = id;
            info.Environment["AmbonCC__Outbox__WorkerEnabled"] = "false";
            info.Environment["ConnectionStrings__Postgres"] = postgres;
            info.Environment["ConnectionStrings__Redis"] = redis;
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("Could not start dotnet.");
        // The console log (warnings and errors) goes to a file next to the data directory: a 5xx is explained there.
        var log = new StreamWriter(data + ".log") { AutoFlush = true };
        Console.WriteLine($"web process {process.Id}, log {data}.log");
        var seeded = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (log)
                {
                    log.WriteLine(e.Data);
                }

                if (e.Data.Contains("Tax history:", StringComparison.Ordinal))
                {
                    seeded.TrySetResult(e.Data.Trim());
                }
            }
        };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine("[web] " + e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var web = new TaxWebProcess(process, url, data, seeded.Task);
        using var http = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        while (true)
        {
            if (process.HasExited || clock.Elapsed > TimeSpan.FromMinutes(4))
            {
                await web.DisposeAsync();
                throw new InvalidOperationException("The web process did not become ready.");
            }

            try
            {
                if ((await http.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK)
                {
                    return web;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(250);
        }
    }

    /// <summary>The process's user + system CPU so far.</summary>
    public TimeSpan Cpu()
    {
        process.Refresh();
        return process.TotalProcessorTime;
    }

    [GeneratedRegex("<input[^>]*name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]*)\"", RegexOptions.IgnoreCase)]
    private static partial Regex Token();

    /// <summary>
    /// Signs in as admin, waits until the register lists <paramref name="count"/> terminals (the seed runs after
    /// start) and issues each its own device key. Returns (serial, key, last receipt number).
    /// </summary>
    public async Task<List<(string Serial, string Key, long Last)>> TerminalsAsync(int count)
    {
        var handler = new SocketsHttpHandler { CookieContainer = new CookieContainer(), UseCookies = true, AllowAutoRedirect = false };
        using var admin = new HttpClient(handler) { BaseAddress = new Uri(Url), Timeout = TimeSpan.FromSeconds(60) };
        var token = Token().Match(await admin.GetStringAsync("/account/login")).Groups[1].Value;
        await admin.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["userName"] = "admin", ["password"] = AdminPassword, ["returnUrl"] = "/", ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
        }));
        List<TerminalRow> rows = [];
        var clock = Stopwatch.StartNew();
        while (rows.Count < count && clock.Elapsed < TimeSpan.FromMinutes(4))
        {
            rows = await admin.GetFromJsonAsync<List<TerminalRow>>("/api/v1/terminals") ?? [];
            await Task.Delay(rows.Count < count ? 1000 : 0);
        }

        var result = new (string, string, long)[Math.Min(count, rows.Count)];
        await Parallel.ForEachAsync(Enumerable.Range(0, result.Length), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, ct) =>
        {
            var issued = await admin.PostAsJsonAsync("/api/v1/apikeys", new { subject = "terminal:" + rows[i].Serial, scope = "device:ingest" }, ct);
            var body = await issued.Content.ReadFromJsonAsync<IssuedKey>(ct) ?? throw new InvalidOperationException($"key for {rows[i].Serial}: {(int)issued.StatusCode}");
            result[i] = (rows[i].Serial, body.Key, rows[i].LastReceiptNo ?? 0);
        });
        return [.. result];
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
        try
        {
            Directory.Delete(data, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private sealed record TerminalRow(string Serial, long? LastReceiptNo);

    private sealed record IssuedKey(string Key);
}
