using System.Text.Json;
using System.Text.Json.Serialization;

namespace AmbonCC.Simulator.Config;

/// <summary>
/// The keys the simulator plays with, as <c>scripts/run.sh</c> writes them:
/// <c>{"gateway": "acc_...", "gauges": {"PDA-BATUMERAH-1": "acc_...", ...}}</c>.
/// </summary>
internal sealed record KeyFile
{
    [JsonPropertyName("gateway")]
    public string? Gateway { get; init; }

    /// <summary>The VMS key (<c>vms:ambon-vms</c>, scope vms) that speaks for the seeded cameras.</summary>
    [JsonPropertyName("vms")]
    public string? Vms { get; init; }

    /// <summary>The revenue agency's key (<c>opd:BPPRD</c>, scope opd) that posts SPTPD.</summary>
    [JsonPropertyName("revenue")]
    public string? Revenue { get; init; }

    /// <summary>Terminal serial → its own device key (<c>terminal:SERIAL</c>, scope device:ingest).</summary>
    [JsonPropertyName("terminals")]
    public Dictionary<string, string> Terminals { get; init; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>A partner app's Open311 key (<c>open311:NAME</c>, scope open311) that posts GeoReport v2 requests.</summary>
    [JsonPropertyName("open311")]
    public string? Open311 { get; init; }

    /// <summary>The social-media gateway's key (<c>gateway:NAME</c>, scope gateway) that hands over citizens' posts.</summary>
    [JsonPropertyName("social")]
    public string? Social { get; init; }

    [JsonPropertyName("gauges")]
    public Dictionary<string, string> Gauges { get; init; } = new(StringComparer.OrdinalIgnoreCase);

    public static KeyFile Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new ArgumentException($"Key file {Path.GetFullPath(path)} not found (scripts/run.sh writes it; or give --keys).");
        }

        var file = JsonSerializer.Deserialize<KeyFile>(File.ReadAllText(path))
            ?? throw new ArgumentException($"Key file {path} is empty.");
        // Gauge codes are matched case-insensitively, like the server's routes.
        return file with { Gauges = new Dictionary<string, string>(file.Gauges, StringComparer.OrdinalIgnoreCase) };
    }

    public string GaugeKey(string code) => Gauges.TryGetValue(code, out var key)
        ? key
        : throw new ArgumentException($"No key for gauge {code} in the key file.");
}
