using System.Diagnostics;
using AmbonCC.Testing;
using Xunit.Abstractions;

namespace AmbonCC.IntegrationTests.Web.Input;

/// <summary><c>user add</c> as an operator runs it: the built executable, its own embedded silo, a fresh data directory.</summary>
public sealed class UserAddCommandTests(ITestOutputHelper output) : IDisposable
{
    private readonly string dataDirectory = Path.Combine(Path.GetTempPath(), "ambon-useradd-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Adding_an_existing_user_prints_one_error_line_exits_non_zero_and_changes_nothing()
    {
        var created = await RunAsync("user", "add", "dewi", "--role", "Operator", "--name", "Dewi");
        Assert.True(created.ExitCode == 0, created.ToString());
        Assert.Contains("user dewi created", created.Stdout);

        foreach (var (password, roles) in new[] { ("Dewi-Password-123", "Operator"), ("Another-Password-9", "Admin") })
        {
            var again = await RunWithPasswordAsync(password, "user", "add", "dewi", "--role", roles);

            Assert.True(again.ExitCode == 1, again.ToString());
            Assert.DoesNotContain("created", again.Stdout); // stdout carries only the silo's own log here
            Assert.Equal("error: user dewi already exists; nothing changed", again.Stderr.Trim().Split('\n')[^1]);
            Assert.DoesNotContain("   at ", again.Stderr);
        }
    }

    private Task<Run> RunAsync(params string[] args) => RunWithPasswordAsync("Dewi-Password-123", args);

    private async Task<Run> RunWithPasswordAsync(string password, params string[] args)
    {
        var dll = BuildOutput.Locate("Web", "AmbonCC.Web.dll");
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.ArgumentList.Add(dll);
        foreach (var arg in args.Concat([
                     $"--AmbonCC:DataDirectory={dataDirectory}", $"--AmbonCC:SiloPort={BuildOutput.FreeLoopbackPort()}",
                     $"--AmbonCC:GatewayPort={BuildOutput.FreeLoopbackPort()}", $"--AmbonCC:ClusterId=useradd-{Guid.NewGuid():N}",
                 ]))
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        await process.StandardInput.WriteLineAsync(password);
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        // Bounded: a command that hangs fails the test instead of the run (the silo starts in seconds).
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("The admin command did not exit within 2 minutes: " + string.Join(' ', args));
        }

        var run = new Run(process.ExitCode, await stdout, await stderr);
        output.WriteLine(run.ToString());
        return run;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
    }

    private sealed record Run(int ExitCode, string Stdout, string Stderr)
    {
        public override string ToString() => $"exit {ExitCode}\nstdout: {Stdout}\nstderr: {Stderr}";
    }
}
