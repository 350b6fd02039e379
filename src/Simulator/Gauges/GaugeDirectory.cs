using System.Text.Json;
using AmbonCC.Simulator.Http;

namespace AmbonCC.Simulator.Gauges;

/// <summary>
/// The gauges as the server describes them (<c>GET /api/v1/gauges</c>), so the scenarios play against the
/// thresholds a Supervisor actually set. Read tolerantly: thresholds flat (<c>siaga3Cm</c>) or nested
/// (<c>thresholds.siaga3Cm</c>); anything missing falls back to <see cref="GaugeSpec.Assumed"/>. The current
/// <c>levelCm</c> is read too, so that a restarted simulator continues from the river's real level.
/// </summary>
internal static class GaugeDirectory
{
    public const string Path = "/api/v1/gauges";

    public static async Task<IReadOnlyList<string>> CodesAsync(ApiClient api, string apiKey, CancellationToken ct)
    {
        var json = await api.GetJsonAsync(Path, apiKey, ct)
            ?? throw new InvalidOperationException($"GET {Path} failed.");
        return [.. Items(json).Select(e => Text(e, "code")).OfType<string>()];
    }

    public static async Task<IReadOnlyList<GaugeSpec>> SpecsAsync(ApiClient api, string apiKey, IReadOnlyList<string> codes, CancellationToken ct)
    {
        Dictionary<string, JsonElement> known = new(StringComparer.OrdinalIgnoreCase);
        try
        {
            if (await api.GetJsonAsync(Path, apiKey, ct) is { } json)
            {
                foreach (var item in Items(json))
                {
                    if (Text(item, "code") is { } code)
                    {
                        known[code] = item;
                    }
                }
            }
        }
        catch (Exception ex) when (ex is HttpRequestException or JsonException or InvalidOperationException || (ex is TaskCanceledException && !ct.IsCancellationRequested))
        {
            Log.Error("gauges", $"GET {Path}: {ex.Message}; assuming the seed's thresholds");
        }

        return [.. codes.Select(code => Describe(code, codes, known.GetValueOrDefault(code)))];
    }

    /// <summary>The server's description of one gauge over our assumptions, field by field.</summary>
    public static GaugeSpec Describe(string code, IReadOnlyCollection<string> allCodes, JsonElement? item)
    {
        var assumed = GaugeSpec.Assumed(code, allCodes);
        if (item is not { ValueKind: JsonValueKind.Object } element)
        {
            return assumed;
        }

        var thresholds = element.TryGetProperty("thresholds", out var nested) && nested.ValueKind == JsonValueKind.Object ? nested : element;
        var spec = assumed with
        {
            River = Text(element, "riverName") ?? assumed.River,
            Siaga3Cm = Number(thresholds, "siaga3Cm") ?? assumed.Siaga3Cm,
            Siaga2Cm = Number(thresholds, "siaga2Cm") ?? assumed.Siaga2Cm,
            Siaga1Cm = Number(thresholds, "siaga1Cm") ?? assumed.Siaga1Cm,
            LevelCm = Number(element, "levelCm"),
        };
        // The seed names the river mouth "Hilir"; trust the name over our guess from the code's number.
        return Text(element, "name") is { } name ? spec with { Downstream = name.Contains("Hilir", StringComparison.OrdinalIgnoreCase) } : spec;
    }

    private static IEnumerable<JsonElement> Items(JsonElement json) =>
        json.ValueKind == JsonValueKind.Array ? json.EnumerateArray()
        : json.ValueKind == JsonValueKind.Object && json.TryGetProperty("items", out var items) && items.ValueKind == JsonValueKind.Array ? items.EnumerateArray()
        : [];

    private static string? Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static double? Number(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : null;
}
