using System.Text.Json;

namespace AmbonCC.Simulator.Complaints;

/// <summary>A kelurahan (or desa/negeri) of the demo city with its centroid, and the streets and landmarks in it.</summary>
internal sealed record Place(string Name, string Code, string Kind, string Kecamatan, double Lat, double Lon,
    IReadOnlyList<string> Roads, IReadOnlyList<string> Landmarks)
{
    /// <summary>"Kel. Batu Merah", "Negeri Soya", "Desa Poka": how a citizen names the place.</summary>
    public string Label => Kind switch
    {
        "negeri" => "Negeri " + Name,
        "desa" => "Desa " + Name,
        _ => "Kel. " + Name,
    };
}

/// <summary>
/// The places complaints come from: the server's own seed file (<c>src/Silo/Seed/ambon-geo.json</c>, linked into
/// this assembly as a resource, so both sides use one list of kelurahan without the simulator referencing the server).
/// </summary>
internal static class CityPlaces
{
    private static readonly Lazy<IReadOnlyList<Place>> Loaded = new(() =>
    {
        using var stream = typeof(CityPlaces).Assembly.GetManifestResourceStream("ambon-geo.json")
            ?? throw new InvalidOperationException("ambon-geo.json is not embedded in the simulator.");
        using var document = JsonDocument.Parse(stream);
        return Parse(document.RootElement);
    });

    public static IReadOnlyList<Place> All => Loaded.Value;

    public static IReadOnlyList<Place> Parse(JsonElement root)
    {
        var roads = root.GetProperty("roads").EnumerateArray()
            .SelectMany(r => Strings(r, "kelurahan").Select(k => (Kelurahan: k, Name: r.GetProperty("name").GetString()!)))
            .ToLookup(r => r.Kelurahan, r => r.Name);
        var landmarks = root.GetProperty("landmarks").EnumerateArray()
            .Where(l => l.TryGetProperty("location", out var at) && at.TryGetProperty("kelurahanByPolygon", out _))
            .ToLookup(l => l.GetProperty("location").GetProperty("kelurahanByPolygon").GetString() ?? "", l => l.GetProperty("name").GetString()!);
        return
        [
            .. root.GetProperty("kelurahan").EnumerateArray().Select(k =>
            {
                var name = k.GetProperty("name").GetString()!;
                var centroid = k.GetProperty("centroid");
                return new Place(name, k.GetProperty("code").GetString()!, k.GetProperty("type").GetString() ?? "kelurahan",
                    k.GetProperty("kecamatan").GetString() ?? "", centroid.GetProperty("lat").GetDouble(), centroid.GetProperty("lon").GetDouble(),
                    [.. roads[name]], [.. landmarks[name].Where(l => !l.Contains('(', StringComparison.Ordinal))]);
            }),
        ];
    }

    private static IEnumerable<string> Strings(JsonElement item, string property) =>
        item.TryGetProperty(property, out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Select(e => e.GetString()).OfType<string>()
            : [];
}
