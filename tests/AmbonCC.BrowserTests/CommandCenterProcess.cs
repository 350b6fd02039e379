using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

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

    private CommandCenterProcess(Process process, string baseUrl, string dataDirectory)
    {
        this.process = process;
        BaseUrl = baseUrl;
        this.dataDirectory = dataDirectory;
    }

    public string BaseUrl { get; }

    public static async Task<CommandCenterProcess> StartAsync()
    {
        var webDll = LocateWebDll();
        var dataDirectory = Path.Combine(Path.GetTempPath(), "ambon-browser-" + Guid.NewGuid().ToString("N"));
        var baseUrl = $"http://127.0.0.1:{FreePort()}";
        var info = new ProcessStartInfo("dotnet", [webDll])
        {
            WorkingDirectory = Path.GetDirectoryName(webDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.Environment["ASPNETCORE_URLS"] = baseUrl;
        info.Environment["AmbonCC__DataDirectory"] = dataDirectory;
        info.Environment["AmbonCC__SiloPort"] = FreePort().ToString();
        info.Environment["AmbonCC__GatewayPort"] = FreePort().ToString();
        info.Environment["AMBONCC_ADMIN_PASSWORD"] = AdminPassword;
        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var instance = new CommandCenterProcess(process, baseUrl, dataDirectory);
        await instance.WaitReadyAsync(TimeSpan.FromSeconds(120));
        return instance;
    }

    private async Task WaitReadyAsync(TimeSpan timeout)
    {
        using var http = new HttpClient { BaseAddress = new Uri(BaseUrl), Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
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

    /// <summary>The Web build output next to this test's own (same configuration).</summary>
    private static string LocateWebDll()
    {
        var here = new DirectoryInfo(AppContext.BaseDirectory);
        var configuration = here.Parent!.Name; // bin/<Configuration>/net10.0/
        var root = here;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "AmbonCC.sln")))
        {
            root = root.Parent;
        }

        var dll = Path.Combine(root!.FullName, "src", "Web", "bin", configuration, "net10.0", "AmbonCC.Web.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException("Build the solution first.", dll);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
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
