namespace AmbonCC.Simulator.Config;

internal enum Mode
{
    City,
    Load,
    ListGauges,
    ListTerminals,
    Help,
}

/// <summary>Everything the simulator can be told; see <see cref="Usage"/> for the meaning of each option.</summary>
internal sealed record SimulatorOptions
{
    public Mode Mode { get; init; } = Mode.City;
    public Uri BaseUrl { get; init; } = new("http://127.0.0.1:5080");
    public string KeyFile { get; init; } = Path.Combine("data", "simulator-keys.json");
    public string StateDirectory { get; init; } = Path.Combine("data", "simulator");
    public string? ApiKey { get; init; }
    public IReadOnlyList<string> GaugeCodes { get; init; } = [];
    public double Speed { get; init; } = 1;
    public TimeSpan Interval { get; init; } = TimeSpan.FromSeconds(60);
    public string Scenario { get; init; } = "baseline";
    public string FloodGauge { get; init; } = "PDA-BATUMERAH-1";
    public TimeSpan FloodAt { get; init; } = TimeSpan.FromMinutes(2);
    public TimeSpan FloodEvery { get; init; } = TimeSpan.Zero;

    /// <summary>How many times faster than a real flash flood the scripted one plays (rain lead, rise, hold, recession).</summary>
    public double FloodPace { get; init; } = 1;
    public bool Gauges { get; init; } = true;
    public bool Gateway { get; init; } = true;
    public bool Cameras { get; init; } = true;
    public TimeSpan CameraInterval { get; init; } = TimeSpan.FromSeconds(30);
    public bool Terminals { get; init; } = true;
    public bool TerminalCheats { get; init; } = true;
    public TimeSpan TerminalInterval { get; init; } = TimeSpan.FromSeconds(60);
    public string? FreezeCamera { get; init; }
    public string? DropCamera { get; init; }
    public int CameraViewerPort { get; init; } = 5091;
    public Uri Webhook { get; init; } = new("http://127.0.0.1:5090/gateway/messages");

    /// <summary>New citizen complaints through the chat, Open311 and social media.</summary>
    public bool Complaints { get; init; } = true;
    public TimeSpan ComplaintEvery { get; init; } = TimeSpan.FromSeconds(90);

    /// <summary>Our share of the server's AmbonCC:Complaints:PublicIntakePerMinute (10 by default) for one client address.</summary>
    public int PublicPerMinute { get; init; } = 8;
    public double AckShare { get; init; } = 0.8;
    public double FailShare { get; init; } = 0.02;
    public int BufferSize { get; init; } = 10_000;
    public int LoadGaugeCount { get; init; } = 200;
    public double Rate { get; init; } = 1000;
    public int Connections { get; init; } = 64;
    public int BatchSize { get; init; } = 1;
    public TimeSpan? Duration { get; init; }
    public int Seed { get; init; } = Environment.TickCount;

    /// <summary>The city's zone: --time-zone, else the server's own setting AmbonCC__TimeZone, else Ambon's.</summary>
    public TimeZoneInfo TimeZone { get; init; } = DefaultTimeZone;

    public static readonly TimeZoneInfo DefaultTimeZone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Jayapura");

    private static readonly string[] Known =
    [
        "help", "load", "list-gauges", "list-terminals", "base-url", "keys", "state-dir", "api-key", "gauges", "speed", "interval",
        "scenario", "flood-gauge", "flood-at", "flood-every", "flood-pace", "no-gauges", "no-gateway", "no-cameras", "no-terminals", "no-cheats", "terminal-interval", "camera-interval", "freeze-camera", "drop-camera", "camera-viewer-port", "webhook", "webhook-port",
        "ack-share", "fail-share", "buffer", "rate", "connections", "batch", "duration", "seed", "time-zone",
        "no-complaints", "complaint-every", "public-per-minute",
    ];

    public static SimulatorOptions Parse(IReadOnlyList<string> args, Func<string, string?>? environment = null)
    {
        var cl = new CommandLine(args, environment);
        var unknown = cl.Unknown(Known).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException($"Unknown option --{unknown[0]}.");
        }

        var mode = cl.Flag("help") ? Mode.Help : cl.Flag("load") ? Mode.Load : cl.Flag("list-gauges") ? Mode.ListGauges : cl.Flag("list-terminals") ? Mode.ListTerminals : Mode.City;
        var gauges = cl.String("gauges");
        var scenario = cl.String("scenario", "baseline").ToLowerInvariant();
        if (scenario is not ("baseline" or "flash-flood"))
        {
            throw new ArgumentException($"--scenario is baseline or flash-flood, not '{scenario}'.");
        }

        var webhook = new UriBuilder(AbsoluteUri(cl.String("webhook", "http://127.0.0.1:5090/gateway/messages"), "webhook"));
        webhook.Port = cl.Int("webhook-port", webhook.Port, 1, 65535);
        var duration = cl.Double("duration", 0, 0, 1e7);
        return new SimulatorOptions
        {
            Mode = mode,
            BaseUrl = AbsoluteUri(cl.String("base-url", "http://127.0.0.1:5080"), "base-url"),
            KeyFile = cl.String("keys", Path.Combine("data", "simulator-keys.json")),
            StateDirectory = cl.String("state-dir", Path.Combine("data", "simulator")),
            ApiKey = cl.String("api-key"),
            // In load mode --gauges is a count (BENCH-001..); otherwise a comma-separated list of gauge codes.
            LoadGaugeCount = mode == Mode.Load ? cl.Int("gauges", 200, 1, 100_000) : 200,
            GaugeCodes = mode == Mode.Load || gauges is null
                ? []
                : [.. gauges.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)],
            Speed = cl.Double("speed", 1, 0.01, 10_000),
            Interval = TimeSpan.FromSeconds(cl.Double("interval", 60, 1, 86_400)),
            Scenario = scenario,
            FloodGauge = cl.String("flood-gauge", "PDA-BATUMERAH-1"),
            FloodAt = TimeSpan.FromMinutes(cl.Double("flood-at", 2, 0, 1e6)),
            FloodEvery = TimeSpan.FromMinutes(cl.Double("flood-every", 0, 0, 1e6)),
            FloodPace = cl.Double("flood-pace", 1, 0.1, 1000),
            Gauges = !cl.Flag("no-gauges"),
            Gateway = !cl.Flag("no-gateway"),
            Cameras = !cl.Flag("no-cameras"),
            CameraInterval = TimeSpan.FromSeconds(cl.Double("camera-interval", 30, 1, 3600)),
            Terminals = !cl.Flag("no-terminals"),
            TerminalCheats = !cl.Flag("no-cheats"),
            TerminalInterval = TimeSpan.FromSeconds(cl.Double("terminal-interval", 60, 1, 3600)),
            FreezeCamera = cl.String("freeze-camera"),
            DropCamera = cl.String("drop-camera"),
            CameraViewerPort = cl.Int("camera-viewer-port", 5091, 1, 65535),
            Webhook = webhook.Uri,
            Complaints = !cl.Flag("no-complaints"),
            ComplaintEvery = TimeSpan.FromSeconds(cl.Double("complaint-every", 90, 5, 86_400)),
            PublicPerMinute = cl.Int("public-per-minute", 8, 1, 1000),
            AckShare = cl.Double("ack-share", 0.8, 0, 1),
            FailShare = cl.Double("fail-share", 0.02, 0, 1),
            BufferSize = cl.Int("buffer", 10_000, 1, 10_000_000),
            Rate = cl.Double("rate", 1000, 0.1, 1e7),
            Connections = cl.Int("connections", 64, 1, 10_000),
            BatchSize = cl.Int("batch", 1, 1, 500),
            Duration = duration > 0 ? TimeSpan.FromSeconds(duration) : null,
            Seed = cl.Int("seed", Environment.TickCount & int.MaxValue, 0, int.MaxValue),
            TimeZone = Zone(cl.String("time-zone") ?? (environment ?? Environment.GetEnvironmentVariable)("AmbonCC__TimeZone")),
        };
    }

    private static TimeZoneInfo Zone(string? id) =>
        string.IsNullOrWhiteSpace(id) ? DefaultTimeZone
        : TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone
        : throw new ArgumentException($"--time-zone: unknown time zone '{id}'.");

    private static Uri AbsoluteUri(string text, string option) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? uri
            : throw new ArgumentException($"--{option} must be an absolute http(s) URL, not '{text}'.");

    /// <summary>True when the flash flood runs at all: scripted once, or repeated every <see cref="FloodEvery"/>.</summary>
    public bool FloodEnabled => Scenario == "flash-flood" || FloodEvery > TimeSpan.Zero;

    /// <summary>A scripted flood starts at <see cref="FloodAt"/>; a periodic-only flood first comes after one period.</summary>
    public TimeSpan FirstFlood => Scenario == "flash-flood" ? FloodAt : FloodEvery;
}
