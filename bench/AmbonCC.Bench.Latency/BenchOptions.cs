using System.Globalization;

namespace AmbonCC.Bench.Latency;

/// <summary>Command-line settings of the latency benchmark.</summary>
internal sealed record BenchOptions
{
    public const string DefaultAdminPassword = "Ambon-Bench-2026!";

    public double Rate { get; init; } = 1000;
    public int Gauges { get; init; } = 200;
    public double Seconds { get; init; } = 30;
    public double WarmupSeconds { get; init; } = 10;
    public int Connections { get; init; } = 96;
    public string? Url { get; init; }
    public string AdminPassword { get; init; } = DefaultAdminPassword;
    public string? WebDll { get; init; }

    /// <summary>A reading not seen on the stream within this time after its POST counts as lost.</summary>
    public static TimeSpan LostAfter { get; } = TimeSpan.FromSeconds(5);

    public const string Usage = """
        Reading-to-browser latency: readings POSTed by devices until their SSE event reaches a signed-in client.
        Usage: AmbonCC.Bench.Latency [--rate 1000] [--gauges 200] [--seconds 30] [--warmup 10] [--connections 96]
                                     [--url http://host:port --admin-password PW] [--web-dll path/AmbonCC.Web.dll]
        Without --url it starts the Release build of src/Web on free ports with a fresh temp data dir.
        """;

    public static BenchOptions? Parse(string[] args)
    {
        BenchOptions? o = new();
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            double Number() => double.Parse(Next(), CultureInfo.InvariantCulture);
            o = args[i] switch
            {
                "--rate" => o with { Rate = Number() },
                "--gauges" => o with { Gauges = (int)Number() },
                "--seconds" => o with { Seconds = Number() },
                "--warmup" => o with { WarmupSeconds = Number() },
                "--connections" => o with { Connections = (int)Number() },
                "--url" => o with { Url = Next().TrimEnd('/') },
                "--admin-password" => o with { AdminPassword = Next() },
                "--web-dll" => o with { WebDll = Next() },
                "-h" or "--help" => null,
                _ => throw new ArgumentException($"Unknown option {args[i]}."),
            };
            if (o is null)
            {
                return null;
            }
        }

        if (o.Rate <= 0 || o.Gauges is < 1 or > 999 || o.Seconds <= 0 || o.WarmupSeconds < 0 || o.Connections < 1)
        {
            throw new ArgumentException("rate > 0, 1 <= gauges <= 999, seconds > 0, warmup >= 0, connections >= 1.");
        }

        return o;
    }

    public static string Code(int gauge) => $"BENCH-{gauge + 1:000}";
}
