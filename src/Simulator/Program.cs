using System.Runtime.InteropServices;
using AmbonCC.Simulator;
using AmbonCC.Simulator.Config;
using AmbonCC.Simulator.Gauges;
using AmbonCC.Simulator.Http;
using AmbonCC.Simulator.Load;

SimulatorOptions options;
try
{
    options = SimulatorOptions.Parse(args);
}
catch (ArgumentException ex)
{
    Console.Error.WriteLine($"error: {ex.Message}");
    Console.Error.WriteLine(Usage.Text);
    return 2;
}

if (options.Mode == Mode.Help)
{
    Console.WriteLine(Usage.Text);
    return 0;
}

var stopping = new CancellationTokenSource();
// Ctrl-C and SIGTERM (run.sh's trap, systemd) stop gracefully: loops end, the webhook closes, state is on disk.
using var onInterrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
using var onTerminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);

try
{
    using var http = ApiClient.CreateHttp(options.Mode == Mode.Load ? options.Connections : 32, TimeSpan.FromSeconds(30));
    var api = new ApiClient(http, options.BaseUrl);
    switch (options.Mode)
    {
        case Mode.ListGauges:
            var key = options.ApiKey ?? KeyFile.Load(options.KeyFile).Gateway
                ?? throw new ArgumentException("--list-gauges needs --api-key or a gateway key in the key file.");
            foreach (var code in await GaugeDirectory.CodesAsync(api, key, stopping.Token))
            {
                Console.WriteLine(code);
            }

            return 0;
        case Mode.ListTerminals:
            // The revenue agency's key lists the terminals (run.sh then issues each its own device key).
            var revenue = options.ApiKey ?? throw new ArgumentException("--list-terminals needs --api-key (the revenue agency's opd key).");
            if (await api.GetJsonAsync("/api/v1/terminals", revenue, stopping.Token) is not { ValueKind: System.Text.Json.JsonValueKind.Array } terminals)
            {
                return 1;
            }

            foreach (var terminal in terminals.EnumerateArray())
            {
                Console.WriteLine(terminal.GetProperty("serial").GetString());
            }

            return 0;
        case Mode.Load:
            // Numbers are reserved 10,000 at a time: at 1,000 readings/s a disk write per reading would be the bottleneck.
            var seqs = SeqStore.Open(Path.Combine(options.StateDirectory, "gauge-seq.json"), block: 10_000);
            return await new LoadGenerator(options, KeyFile.Load(options.KeyFile), api, seqs).RunAsync(stopping.Token);
        default:
            Log.Info("sim", $"AmbonCC simulator → {options.BaseUrl} at {options.Speed}× speed, readings every {options.Interval.TotalSeconds:0} simulated s, scenario {options.Scenario}");
            return await CityRunner.RunAsync(options, KeyFile.Load(options.KeyFile), api, stopping.Token);
    }
}
catch (ArgumentException ex)
{
    Console.Error.WriteLine($"error: {ex.Message}");
    return 2;
}
catch (Exception ex) when (ex is InvalidOperationException or HttpRequestException or IOException)
{
    Console.Error.WriteLine($"error: {ex.Message}");
    return 1;
}

void Stop(PosixSignalContext context)
{
    // A second signal while stopping kills the process the default way.
    context.Cancel = !stopping.IsCancellationRequested;
    stopping.Cancel();
}
