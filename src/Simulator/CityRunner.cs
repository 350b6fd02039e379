using AmbonCC.Simulator.Cameras;
using AmbonCC.Simulator.Complaints;
using AmbonCC.Simulator.Config;
using AmbonCC.Simulator.Gateway;
using AmbonCC.Simulator.Gauges;
using AmbonCC.Simulator.Http;

namespace AmbonCC.Simulator;

/// <summary>The demo city alive: every seeded gauge reporting, the flood scenario if asked, and the gateway.</summary>
internal static class CityRunner
{
    public static async Task<int> RunAsync(SimulatorOptions options, KeyFile keys, ApiClient api, CancellationToken ct)
    {
        var clock = new SimClock(TimeProvider.System, options.Speed, options.TimeZone);
        var tasks = new List<Task>();
        var complaints = options.Complaints ? Complaints(options, keys, api, ct) : null;
        if (complaints is not null)
        {
            tasks.Add(complaints.RunAsync());
        }

        if (options.Gateway)
        {
            if (keys.Gateway is null)
            {
                Log.Error("gateway", "no gateway key in the key file; run with --no-gateway or add one");
                return 2;
            }

            var gateway = new GatewaySimulator(api, keys.Gateway, new GatewayPlan(options.AckShare, options.FailShare), clock, ct);
            var webhook = WebhookHost.Build(options.Webhook, gateway, complaints);
            await webhook.StartAsync(ct);
            Log.Info("gateway", $"webhook listening at {options.Webhook} (ack share {options.AckShare:P0}, fail share {options.FailShare:P0})");
            tasks.Add(WaitThenStopAsync(webhook, ct));
        }

        if (options.Gauges)
        {
            tasks.Add(RunGaugesAsync(options, keys, api, clock, ct));
        }

        if (options.Cameras && keys.Vms is { } vmsKey)
        {
            var fleet = new CameraFleet(api, clock, vmsKey, options.CameraInterval, options.FreezeCamera, options.DropCamera, ct);
            if (await fleet.LoadAsync())
            {
                var viewer = MjpegHost.Build(options.CameraViewerPort, fleet);
                await viewer.StartAsync(ct);
                Log.Info("cameras", $"MJPEG live view at http://127.0.0.1:{options.CameraViewerPort}/api/{{code}}");
                tasks.Add(fleet.RunAsync());
                tasks.Add(WaitThenStopAsync(viewer, ct));
            }
        }
        else if (options.Cameras)
        {
            Log.Error("cameras", "no vms key in the key file; cameras are not played");
        }

        if (options.Terminals && keys.Terminals.Count > 0)
        {
            tasks.Add(Terminals.TerminalFleet.RunAsync(keys.Terminals, keys.Revenue, api, clock, options.TerminalInterval, options.TerminalCheats, options.Seed, ct));
        }
        else if (options.Terminals)
        {
            Log.Error("terminals", "no terminal keys in the key file; restaurant terminals are not played");
        }

        await Task.WhenAll(tasks);
        return 0;
    }

    private static async Task RunGaugesAsync(SimulatorOptions options, KeyFile keys, ApiClient api, SimClock clock, CancellationToken ct)
    {
        // Benchmark gauges belong to --load; the demo city plays the seeded ones.
        var codes = options.GaugeCodes.Count > 0
            ? options.GaugeCodes
            : [.. keys.Gauges.Keys.Where(c => !c.StartsWith("BENCH-", StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal)];
        if (codes.Count == 0)
        {
            Log.Error("gauges", "no gauges to play (none in the key file, none given with --gauges)");
            return;
        }

        var keyless = codes.Where(c => !keys.Gauges.ContainsKey(c)).ToList();
        if (keyless.Count > 0)
        {
            Log.Error("gauges", $"no key for {string.Join(", ", keyless)} in {options.KeyFile}; not playing them");
            codes = [.. codes.Except(keyless)];
            if (codes.Count == 0)
            {
                return;
            }
        }

        var directoryKey = keys.Gateway ?? keys.GaugeKey(codes[0]);
        var specs = await GaugeDirectory.SpecsAsync(api, directoryKey, codes, ct);
        var schedule = options.FloodEnabled ? new FloodSchedule(true, options.FirstFlood, options.FloodEvery) : FloodSchedule.None;
        var scenario = new RiverScenario(specs, options.FloodGauge, schedule, options.Interval, options.FloodPace);
        foreach (var spec in specs)
        {
            Log.Info("gauges", $"{spec.Code}: Siaga 3/2/1 at {spec.Siaga3Cm:0}/{spec.Siaga2Cm:0}/{spec.Siaga1Cm:0} cm, resting {BaselineModel.RestingLevel(spec):0} cm{(spec.Downstream ? ", tidal" : "")}" +
                (spec.LevelCm is { } now ? $", continuing from the server's {now:0.0} cm" : ""));
        }

        if (options.FloodEnabled && scenario.Plan is { } plan)
        {
            // The flood curve plays FloodPace times faster than the rest of simulated time.
            string At(TimeSpan sinceRain) => $"+{(options.FirstFlood + sinceRain / options.FloodPace).TotalMinutes:0.0}";
            Log.Info("flood", $"{options.FloodGauge}: rain at +{options.FirstFlood.TotalMinutes:0.0} min, Siaga 3 at {At(plan.RisesThrough(plan.Siaga3Cm))}, " +
                $"Siaga 2 at {At(plan.RisesThrough(plan.Siaga2Cm))}, peak {plan.PeakCm:0} cm, below Siaga 3 again at {At(plan.FallsThrough(plan.Siaga3Cm))} simulated min" +
                (options.FloodPace != 1 ? $" (flood pace x{options.FloodPace:0.##})" : "") +
                (options.FloodEvery > TimeSpan.Zero ? $", repeating every {options.FloodEvery.TotalMinutes:0} min" : ""));
        }
        else if (options.FloodEnabled)
        {
            Log.Error("flood", $"flood gauge {options.FloodGauge} is not among the gauges played; no flood");
        }

        var seqs = SeqStore.Open(Path.Combine(options.StateDirectory, "gauge-seq.json"));
        var devices = specs.Select((spec, i) => new GaugeDevice(spec, keys.GaugeKey(spec.Code), scenario, seqs, api, clock, options.Interval, options.BufferSize, options.Seed + i));
        await Task.WhenAll(devices.Select(d => d.RunAsync(ct)));
    }

    private static ComplaintTraffic Complaints(SimulatorOptions options, KeyFile keys, ApiClient api, CancellationToken ct)
    {
        var budget = new IntakeBudget(options.PublicPerMinute, TimeProvider.System);
        var sender = new ComplaintSender(api, budget, keys.Open311, keys.Social ?? keys.Gateway, TimeProvider.System);
        Log.Info("complaints", $"a new complaint every ~{options.ComplaintEvery.TotalSeconds:0} s through the chat" +
            (keys.Open311 is null ? "" : ", Open311") + ((keys.Social ?? keys.Gateway) is null ? "" : ", social media") +
            $"; at most {options.PublicPerMinute} public requests a minute");
        return new ComplaintTraffic(sender, new ComplaintPlan(CityPlaces.All, options.Seed), options.ComplaintEvery, TimeProvider.System, ct);
    }

    private static async Task WaitThenStopAsync(Microsoft.AspNetCore.Builder.WebApplication webhook, CancellationToken ct)
    {
        try
        {
            await Task.Delay(Timeout.Infinite, ct);
        }
        catch (OperationCanceledException)
        {
        }

        await webhook.StopAsync(CancellationToken.None);
        await webhook.DisposeAsync();
    }
}
