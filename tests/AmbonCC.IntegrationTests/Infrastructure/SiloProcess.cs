using AmbonCC.Testing;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using AmbonCC.Silo.Hosting;
using StackExchange.Redis;
using Xunit.Abstractions;

namespace AmbonCC.IntegrationTests.Infrastructure;

/// <summary>
/// The headless silo executable (<c>dotnet AmbonCC.Silo.dll</c>, the build output of the same configuration as
/// these tests) as a child process, configured only through environment variables as a deployment would.
/// <see cref="Kill"/> is SIGKILL: no graceful shutdown, no farewell to the cluster.
/// </summary>
public sealed class SiloProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly ConcurrentQueue<string> lines = new();

    private SiloProcess(Process process, SiloSettings settings)
    {
        this.process = process;
        Settings = settings;
    }

    public SiloSettings Settings { get; }

    public int ProcessId => process.Id;

    public bool HasExited => process.HasExited;

    public int ExitCode => process.ExitCode;

    /// <summary>Everything the process wrote to stdout and stderr so far.</summary>
    public string Output => string.Join(Environment.NewLine, lines);

    /// <summary>Starts the process and returns at once; membership tells when the silo has joined.</summary>
    public static SiloProcess Start(SiloSettings settings, ITestOutputHelper output, string name = "process")
    {
        if (settings.Profile != StorageProfile.Production)
        {
            throw new ArgumentException("A silo in its own process only makes sense in a cluster (Production).", nameof(settings));
        }

        var siloDll = BuildOutput.Locate("Silo", "AmbonCC.Silo.dll");
        var info = new ProcessStartInfo("dotnet", [siloDll])
        {
            WorkingDirectory = Path.GetDirectoryName(siloDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };

        // Nothing from the test runner's environment may configure the child; only what is set below.
        foreach (var variable in info.Environment.Keys.ToList())
        {
            if (variable.StartsWith("AmbonCC__", StringComparison.OrdinalIgnoreCase)
                || variable.StartsWith("ConnectionStrings__", StringComparison.OrdinalIgnoreCase)
                || variable.StartsWith("Orleans__", StringComparison.OrdinalIgnoreCase)
                || variable.StartsWith("Logging__", StringComparison.OrdinalIgnoreCase))
            {
                info.Environment.Remove(variable);
            }
        }

        info.Environment["DOTNET_ENVIRONMENT"] = "Production";
        info.Environment["AmbonCC__Profile"] = settings.Profile.ToString();
        info.Environment["AmbonCC__ServiceId"] = settings.ServiceId;
        info.Environment["AmbonCC__ClusterId"] = settings.ClusterId;
        info.Environment["AmbonCC__SiloPort"] = settings.SiloPort.ToString(CultureInfo.InvariantCulture);
        info.Environment["AmbonCC__GatewayPort"] = settings.GatewayPort.ToString(CultureInfo.InvariantCulture);
        info.Environment["AmbonCC__DataDirectory"] = Path.GetTempPath();
        info.Environment["AmbonCC__SeedDemoData"] = "false";
        info.Environment["AmbonCC__Outbox__WorkerEnabled"] = "false";
        info.Environment["ConnectionStrings__Postgres"] = settings.Postgres;
        info.Environment["ConnectionStrings__Redis"] = TestDatabases.Redis;
        // Warnings and errors, plus the host's "Application started" line.
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        info.Environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information";
        info.Environment["Logging__Console__FormatterName"] = "simple";
        info.Environment["Logging__Console__FormatterOptions__SingleLine"] = "true";

        var process = new Process { StartInfo = info };
        var instance = new SiloProcess(process, settings);
        process.OutputDataReceived += (_, e) => instance.Record(output, name, e.Data);
        process.ErrorDataReceived += (_, e) => instance.Record(output, name, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return instance;
    }

    /// <summary>SIGKILL for the process (and anything it started): the silo gets no chance to say goodbye.</summary>
    public void Kill()
    {
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }

    /// <summary>After the process exited: whether it failed because one of its ports was already in use.</summary>
    public bool ExitedOnPortConflict()
    {
        process.WaitForExit(); // all of its output has been read
        return lines.Any(l => l.Contains("address already in use", StringComparison.OrdinalIgnoreCase));
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }
        }
        catch (InvalidOperationException)
        {
            // Never started, or already gone.
        }

        process.Dispose();
    }

    /// <summary>
    /// Removes the Redis membership table of a test cluster (key "{ServiceId}/members/{ClusterId}"). Call it once
    /// every silo of the cluster is gone: a live silo would find its table missing.
    /// </summary>
    public static async Task DeleteRedisMembershipAsync(SiloSettings settings)
    {
        using var redis = await ConnectionMultiplexer.ConnectAsync(TestDatabases.Redis);
        var database = redis.GetDatabase();
        foreach (var server in redis.GetServers())
        {
            await foreach (var key in server.KeysAsync(pattern: $"*{settings.ClusterId}*"))
            {
                // Both ids are unique per test: never touches another test's (or anyone else's) keys.
                if (key.ToString().Contains(settings.ServiceId, StringComparison.Ordinal))
                {
                    await database.KeyDeleteAsync(key);
                }
            }
        }
    }

    private void Record(ITestOutputHelper output, string name, string? line)
    {
        if (line is null)
        {
            return;
        }

        lines.Enqueue(line);
        try
        {
            output.WriteLine($"[{name} pid {process.Id}] {line}");
        }
        catch (InvalidOperationException)
        {
            // The test already finished; the line stays in Output.
        }
    }
}
