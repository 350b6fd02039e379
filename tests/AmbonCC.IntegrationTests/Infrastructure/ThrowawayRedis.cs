using System.Diagnostics;
using System.Net.Sockets;
using System.Text;

namespace AmbonCC.IntegrationTests.Infrastructure;

/// <summary>
/// A redis-server of the test's own on a free port, without persistence (--save "" --appendonly no), so that a
/// restart comes back empty exactly as a production Redis without persistence does.
/// </summary>
public sealed class ThrowawayRedis : IAsyncDisposable
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "ambon-redis-" + Guid.NewGuid().ToString("N")[..8]);
    private Process? process;

    private ThrowawayRedis(int port) => Port = port;

    public int Port { get; }

    /// <summary>For StackExchange.Redis: keeps retrying while the server is away.</summary>
    public string ConnectionString => $"127.0.0.1:{Port},abortConnect=false,connectTimeout=2000";

    public static async Task<ThrowawayRedis> StartAsync()
    {
        var redis = new ThrowawayRedis(TestPorts.Next());
        Directory.CreateDirectory(redis.directory);
        await redis.LaunchAsync();
        return redis;
    }

    /// <summary><c>redis-cli shutdown nosave</c>: everything in memory is gone.</summary>
    public async Task StopAsync()
    {
        if (process is null)
        {
            return;
        }

        using (var cli = Process.Start(new ProcessStartInfo("redis-cli", ["-p", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "shutdown", "nosave"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!)
        {
            await cli.WaitForExitAsync();
        }

        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await process.WaitForExitAsync(deadline.Token);
        process.Dispose();
        process = null;
    }

    public async Task RestartEmptyAsync()
    {
        await StopAsync();
        await LaunchAsync();
    }

    public async Task LaunchAsync()
    {
        var port = Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        process = Process.Start(new ProcessStartInfo("redis-server",
            ["--port", port, "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", directory,
             "--logfile", Path.Combine(directory, "redis.log")])
        {
            UseShellExecute = false,
        }) ?? throw new InvalidOperationException("redis-server did not start.");

        var waited = Stopwatch.StartNew();
        while (!await AnswersPingAsync())
        {
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(30), $"redis-server on port {port} did not answer PING within 30 s.");
            await Task.Delay(50);
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await StopAsync();
        }
        catch (OperationCanceledException)
        {
            process?.Kill();
        }

        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private async Task<bool> AnswersPingAsync()
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync("127.0.0.1", Port);
            var stream = client.GetStream();
            await stream.WriteAsync(Encoding.ASCII.GetBytes("PING\r\n"));
            var buffer = new byte[16];
            var read = await stream.ReadAsync(buffer);
            return Encoding.ASCII.GetString(buffer, 0, read).StartsWith("+PONG", StringComparison.Ordinal);
        }
        catch (SocketException)
        {
            return false;
        }
        catch (IOException)
        {
            return false;
        }
    }
}
