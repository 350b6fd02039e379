using System.Diagnostics;
using System.Runtime.InteropServices;
using AmbonCC.Bench.Latency;

// Reading-to-browser latency: devices POST readings at a fixed rate; a signed-in client follows the SSE live
// stream; latency = the event's arrival - the POST's send, both on this process's Stopwatch.
BenchOptions? options;
try
{
    options = BenchOptions.Parse(args);
}
catch (Exception ex) when (ex is ArgumentException or FormatException)
{
    Console.Error.WriteLine(ex.Message);
    Console.Error.WriteLine(BenchOptions.Usage);
    return 2;
}

if (options is null)
{
    Console.WriteLine(BenchOptions.Usage);
    return 0;
}

Console.WriteLine("Reading-to-browser latency benchmark");
Console.WriteLine($"host: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}, load average {LoadAverage()}");
Console.WriteLine($"settings: {options.Rate:0} readings/s over {options.Gauges} gauges ({options.Rate / options.Gauges:0.##}/s each), one reading per POST, " +
    $"{options.Connections} HTTP/1.1 connections, warm-up {options.WarmupSeconds:0.#} s, measured {options.Seconds:0.#} s, lost after {BenchOptions.LostAfter.TotalSeconds:0} s");

await using var web = options.Url is null ? await StartWebAsync(options) : null;
var url = options.Url ?? web!.Url;
Console.WriteLine($"target: {url} ({(web is null ? "running instance" : "started here: Release src/Web, embedded SQLite, fresh data dir")})");

var setup = Stopwatch.StartNew();
using var admin = await AdminSession.SignInAsync(url, options.AdminPassword);
var keys = await admin.PrepareGaugesAsync(options.Gauges);
Console.WriteLine($"setup: signed in as admin, {options.Gauges} gauges registered with device keys in {setup.Elapsed.TotalSeconds:0.0} s");

var recorder = new Recorder(LoadDriver.TotalReadings(options));
var listener = new LiveListener(admin.Http, recorder);
using var stopListening = new CancellationTokenSource();
var listening = listener.RunAsync(stopListening.Token);
await Task.WhenAny(listener.Opened, Task.Delay(TimeSpan.FromSeconds(3)));
Console.WriteLine($"live stream: {(listener.Opened.IsCompletedSuccessfully ? "open" : "requested (headers come with the first event)")}; load starts");

var webProcess = web is null ? null : Process.GetProcessById(web.Id);
var driving = new LoadDriver(options, url, keys, recorder).RunAsync();
await Task.Delay(TimeSpan.FromSeconds(options.WarmupSeconds));
var cpuBefore = (Web: webProcess?.TotalProcessorTime ?? TimeSpan.Zero, Bench: Process.GetCurrentProcess().TotalProcessorTime);
var window = await driving;
var cpuWindow = Stopwatch.GetElapsedTime(window.WindowStart).TotalSeconds;
webProcess?.Refresh();
var cpuAfter = (Web: webProcess?.TotalProcessorTime ?? TimeSpan.Zero, Bench: Process.GetCurrentProcess().TotalProcessorTime);
Console.WriteLine($"load done; waiting {BenchOptions.LostAfter.TotalSeconds:0} s for late events");
await Task.Delay(BenchOptions.LostAfter);
await stopListening.CancelAsync();
await listening;

Report.Print(options, recorder, window, listener.Events);
Console.WriteLine($"{"CPU during the measured window",-34} web {Cores(cpuAfter.Web - cpuBefore.Web)} cores, bench {Cores(cpuAfter.Bench - cpuBefore.Bench)} cores " +
    $"(of {Environment.ProcessorCount}); load average now {LoadAverage()}");
var acked = recorder.Samples.Count(s => s.Status is >= 200 and < 300 && s.AckedAt >= window.WindowStart && s.AckedAt < window.WindowEnd);
if (webProcess is not null && acked > 0)
{
    // CPU per reading is the figure that survives a shared machine: latency stretches with the load average, this does not.
    Console.WriteLine($"{"web CPU per acknowledged reading",-34} {(cpuAfter.Web - cpuBefore.Web).TotalMilliseconds / acked:0.000} ms ({acked:N0} readings)");
}

return 0;

string Cores(TimeSpan cpu) => (cpu.TotalSeconds / cpuWindow).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);

static async Task<WebProcess> StartWebAsync(BenchOptions options)
{
    var started = Stopwatch.StartNew();
    var web = await WebProcess.StartAsync(options.WebDll, options.AdminPassword);
    Console.WriteLine($"web process ready in {started.Elapsed.TotalSeconds:0.0} s");
    return web;
}

static string LoadAverage() =>
    File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
