using AmbonCC.Testing;
using System.Diagnostics;
using System.Net;

namespace AmbonCC.BrowserTests;

/// <summary>
/// The real web executable (built output, co-hosted silo, embedded SQLite profile) on free loopback ports, in
/// a fresh data directory: what a user gets from the README's run command.
/// </summary>
public sealed class CommandCenterProcess : IAsyncDisposable
{
    public const string AdminPassword = "Ambon-Test-2026!";
    private readonly Process process;
    private readonly string dataDirectory;
    private readonly string webDll;
    private readonly IReadOnlyDictionary<string, string> environment;
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> errors = new();

    private CommandCenterProcess(Process process, string baseUrl, string dataDirectory, string webDll, IReadOnlyDictionary<string, string> environment)
    {
        this.process = process;
        BaseUrl = baseUrl;
        this.dataDirectory = dataDirectory;
        this.webDll = webDll;
        this.environment = environment;
    }

    public string BaseUrl { get; }

    /// <summary>
    /// Starts the executable on ports probed free just before. Another process may take one of them before the
    /// web process binds it: then the process exits saying so, and it starts again on fresh ports (a few times).
    /// </summary>
    public static async Task<CommandCenterProcess> StartAsync()
    {
        for (var attempt = 1; ; attempt++)
        {
            var instance = Launch();
            try
            {
                await instance.WaitReadyAsync(TimeSpan.FromSeconds(120));
                return instance;
            }
            catch (InvalidOperationException) when (attempt < 4 && instance.errors.Any(IsPortConflict))
            {
                Console.Error.WriteLine("A port of the web process was taken meanwhile; starting again on fresh ports.");
                await instance.DisposeAsync();
            }
            catch
            {
                await instance.DisposeAsync();
                throw;
            }
        }
    }

    private static bool IsPortConflict(string line) =>
        line.Contains("address already in use", StringComparison.OrdinalIgnoreCase);

    private static CommandCenterProcess Launch()
    {
        var webDll = BuildOutput.Locate("Web", "AmbonCC.Web.dll");
        var dataDirectory = Path.Combine(Path.GetTempPath(), "ambon-browser-" + Guid.NewGuid().ToString("N"));
        var baseUrl = $"http://127.0.0.1:{BuildOutput.FreeLoopbackPort()}";
        var info = new ProcessStartInfo("dotnet", [webDll])
        {
            WorkingDirectory = Path.GetDirectoryName(webDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_URLS"] = baseUrl,
            ["AmbonCC__DataDirectory"] = dataDirectory,
            ["AmbonCC__SiloPort"] = BuildOutput.FreeLoopbackPort().ToString(),
            ["AmbonCC__GatewayPort"] = BuildOutput.FreeLoopbackPort().ToString(),
            ["AMBONCC_ADMIN_PASSWORD"] = AdminPassword,
            // A camera that stops reporting turns red after 3 s instead of 2 minutes (CamerasLiveTests).
            ["AmbonCC__Cameras__OfflineAfterSeconds"] = "3",
            // A terminal silent for 3 s while its outlet is open turns red, looked at every second (TaxLiveTests).
            ["AmbonCC__Tax__SilentWhileOpen"] = "00:00:03",
            ["AmbonCC__Tax__WatchPeriod"] = "00:00:01",
        };
        foreach (var (name, value) in environment)
        {
            info.Environment[name] = value;
        }

        var process = Process.Start(info)!;
        var instance = new CommandCenterProcess(process, baseUrl, dataDirectory, webDll, environment);
        process.OutputDataReceived += (_, e) => instance.Record(e.Data);
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                instance.Record(e.Data);
                Console.Error.WriteLine(e.Data);
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return instance;
    }

    /// <summary>Keeps the lines that may explain a failed start (an exception names the port in use).</summary>
    private void Record(string? line)
    {
        if (line is not null && IsPortConflict(line))
        {
            errors.Enqueue(line);
        }
    }

    private async Task WaitReadyAsync(TimeSpan timeout)
    {
        using var http = new HttpClient { BaseAddress = new Uri(BaseUrl), Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                process.WaitForExit(); // the last lines of output, which say why
                throw new InvalidOperationException($"The web process exited with {process.ExitCode}.");
            }

            try
            {
                if ((await http.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(500);
        }

        throw new TimeoutException("The web process did not become ready.");
    }

    /// <summary>
    /// Issues an API key the way an operator does: the executable's <c>apikey issue</c> verb, run with the same
    /// settings as the running process so that it joins that cluster as a client. There is no HTTP endpoint for it.
    /// </summary>
    public async Task<string> IssueApiKeyAsync(string subject, string scope)
    {
        var output = await RunAdminVerbAsync(["apikey", "issue", "--subject", subject, "--scope", scope], stdin: null);
        // The host may log to stdout as well: the key is the line that looks like one.
        return output.Split('\n', StringSplitOptions.TrimEntries).FirstOrDefault(l => l.StartsWith("acc_", StringComparison.Ordinal))
            ?? throw new InvalidOperationException("apikey issue printed no key: " + output);
    }

    /// <summary>Creates a user through the <c>user add</c> verb (password on standard input, as an operator would).</summary>
    public Task AddUserAsync(string name, string roles, string password) =>
        RunAdminVerbAsync(["user", "add", name, "--role", roles], stdin: password);

    private async Task<string> RunAdminVerbAsync(string[] verb, string? stdin)
    {
        var info = new ProcessStartInfo("dotnet", [webDll, .. verb])
        {
            WorkingDirectory = Path.GetDirectoryName(webDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        foreach (var (name, value) in environment)
        {
            info.Environment[name] = value;
        }

        // Not an HTTP server: only the Orleans client part of the settings matters.
        info.Environment.Remove("ASPNETCORE_URLS");
        using var cli = Process.Start(info)!;
        var stdout = cli.StandardOutput.ReadToEndAsync();
        var stderr = cli.StandardError.ReadToEndAsync();
        if (stdin is not null)
        {
            await cli.StandardInput.WriteLineAsync(stdin);
        }

        cli.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        await cli.WaitForExitAsync(timeout.Token);
        var output = await stdout;
        return cli.ExitCode == 0
            ? output
            : throw new InvalidOperationException($"{string.Join(' ', verb[..2])} failed ({cli.ExitCode}): {output} {await stderr}");
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
            Directory.Delete(dataDirectory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
