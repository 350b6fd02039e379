using System.Text.Json;
using System.Text.Json.Nodes;

namespace AmbonCC.Web.Map;

/// <summary>Where the map's background comes from: a tile server, or (empty, the default) the city's own outline data.</summary>
public sealed class MapOptions
{
    public const string Section = "AmbonCC:Map";

    /// <summary>A Leaflet tile URL template (<c>https://tiles.example/{z}/{x}/{y}.png</c>); empty draws <see cref="BaseMap"/> offline.</summary>
    public string TileUrl { get; set; } = "";

    /// <summary>The tile server's required attribution, shown in the map's corner.</summary>
    public string TileAttribution { get; set; } = "";
}

/// <summary>
/// The offline background: kelurahan and kecamatan points, rivers (a line through their gauge points), roads and
/// landmarks from ambon-geo.json (the seed's copy, shipped with the app), as GeoJSON built once. The file has no
/// boundary polygons, so kelurahan are drawn as labelled points. Public reference data, served to signed-in staff
/// only because nothing outside the center's screens needs it.
/// </summary>
public sealed class BaseMap
{
    private readonly Lazy<byte[]> geoJson;

    public BaseMap() : this(Path.Combine(AppContext.BaseDirectory, "Seed", "ambon-geo.json"))
    {
    }

    public BaseMap(string path) => geoJson = new(() => Build(File.ReadAllText(path)));

    public byte[] GeoJson => geoJson.Value;

    public static byte[] Build(string sourceJson)
    {
        var source = JsonNode.Parse(sourceJson) ?? throw new InvalidDataException("ambon-geo.json is empty.");
        var features = new JsonArray();
        foreach (var k in Items(source, "kecamatan"))
        {
            Add(features, "kecamatan", k, [Point(k["centroid"])]);
        }

        foreach (var k in Items(source, "kelurahan"))
        {
            Add(features, "kelurahan", k, [Point(k["interiorPoint"] ?? k["settlementPoint"] ?? k["centroid"])]);
        }

        foreach (var r in Items(source, "rivers"))
        {
            Add(features, "river", r, Points(r["gaugePoints"]));
        }

        foreach (var r in Items(source, "roads"))
        {
            Add(features, "road", r, Points(r["cctvPoints"]));
        }

        foreach (var l in Items(source, "landmarks"))
        {
            Add(features, "landmark", l, [Point(l["location"])]);
        }

        return JsonSerializer.SerializeToUtf8Bytes(new JsonObject { ["type"] = "FeatureCollection", ["features"] = features });
    }

    private static IEnumerable<JsonNode> Items(JsonNode source, string name) =>
        source[name] is JsonArray array ? array.OfType<JsonNode>() : [];

    private static List<double[]> Points(JsonNode? array) =>
        array is JsonArray a ? [.. a.Select(Point).OfType<double[]>()] : [];

    // GeoJSON positions are [longitude, latitude].
    private static double[]? Point(JsonNode? p) =>
        p?["lat"] is JsonValue lat && p["lon"] is JsonValue lon ? [lon.GetValue<double>(), lat.GetValue<double>()] : null;

    private static void Add(JsonArray features, string kind, JsonNode item, IReadOnlyList<double[]?> positions)
    {
        var points = positions.OfType<double[]>().ToList();
        if (points.Count == 0)
        {
            return;
        }

        JsonNode geometry = points.Count == 1
            ? new JsonObject { ["type"] = "Point", ["coordinates"] = Coordinates(points[0]) }
            : new JsonObject { ["type"] = "LineString", ["coordinates"] = new JsonArray([.. points.Select(Coordinates)]) };
        features.Add(new JsonObject
        {
            ["type"] = "Feature",
            ["geometry"] = geometry,
            ["properties"] = new JsonObject { ["kind"] = kind, ["name"] = item["name"]?.GetValue<string>() ?? "" },
        });
    }

    private static JsonArray Coordinates(double[] p) => [p[0], p[1]];
}
