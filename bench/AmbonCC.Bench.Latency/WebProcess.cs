using AmbonCC.Testing;
using System.Diagnostics;
using System.Net;

namespace AmbonCC.Bench.Latency;

/// <summary>
/// The real command center (built src/Web, co-hosted silo, embedded SQLite profile) on free loopback ports
/// with a fresh data directory that is deleted afterwards.
/// </summary>
internal sealed class WebProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly string dataDirectory;

    private WebProcess(Process process, string url, string dataDirectory)
    {
        this.process = process;
        Url = url;
        this.dataDirectory = dataDirectory;
    }

    public string Url { get; }

    public int Id => process.Id;

    public static async Task<WebProcess> StartAsync(string? webDll, string adminPassword)
    {
        var dll = webDll ?? BuildOutput.Locate("Web", "AmbonCC.Web.dll");
        var data = Path.Combine(Path.GetTempPath(), "ambon-latency-" + Guid.NewGuid().ToString("N"));
        var url = $"http://127.0.0.1:{BuildOutput.FreeLoopbackPort()}";
        var info = new ProcessStartInfo("dotnet", [dll])
        {
            WorkingDirectory = Path.GetDirectoryName(Path.GetFullPath(dll))!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.Environment["ASPNETCORE_URLS"] = url;
        info.Environment["AmbonCC__DataDirectory"] = data;
        info.Environment["AmbonCC__SiloPort"] = BuildOutput.FreeLoopbackPort().ToString(System.Globalization.CultureInfo.InvariantCulture);
        info.Environment["AmbonCC__GatewayPort"] = BuildOutput.FreeLoopbackPort().ToString(System.Globalization.CultureInfo.InvariantCulture);
        info.Environment["AMBONCC_ADMIN_PASSWORD"] = adminPassword;
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        var process = Process.Start(info) ?? throw new InvalidOperationException("Could not start dotnet.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine("[web] " + e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var web = new WebProcess(process, url, data);
        try
        {
            await web.WaitReadyAsync(TimeSpan.FromSeconds(180));
        }
        catch
        {
            await web.DisposeAsync();
            throw;
        }

        return web;
    }

    private async Task WaitReadyAsync(TimeSpan timeout)
    {
        using var http = new HttpClient { BaseAddress = new Uri(Url), Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The web process exited with code {process.ExitCode}.");
            }

            try
            {
                if ((await http.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }

            await Task.Delay(500);
        }

        throw new TimeoutException("The web process did not become ready.");
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
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Best effort: it is a temp directory.
        }
    }
}
