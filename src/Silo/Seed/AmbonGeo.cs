using System.Text.Json;

namespace AmbonCC.Silo.Seed;

// The shape of ambon-geo.json, only the parts the seed uses. Sources and notes stay in the file.
internal sealed record AmbonGeo(
    List<GeoKecamatan> Kecamatan,
    List<GeoKelurahan> Kelurahan,
    List<GeoRiver> Rivers,
    List<GeoRoad> Roads,
    List<GeoWasteSite> WasteSites,
    List<GeoOpd> Opd)
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static AmbonGeo Parse(string json) =>
        JsonSerializer.Deserialize<AmbonGeo>(json, Options)
        ?? throw new InvalidDataException("ambon-geo.json is empty.");
}

internal sealed record GeoPoint(double Lat, double Lon, string? KelurahanCode, string? Note);

internal sealed record GeoKecamatan(string Code, string Name, GeoPoint Centroid);

internal sealed record GeoKelurahan(
    string Code,
    string Name,
    string KecamatanCode,
    string Type,
    GeoPoint Centroid,
    GeoPoint? SettlementPoint,
    GeoPoint? InteriorPoint)
{
    /// <summary>
    /// A point people live at: the polygon centroid can sit in the hills or, for a concave polygon, outside it.
    /// </summary>
    public GeoPoint Anchor => InteriorPoint ?? SettlementPoint ?? Centroid;
}

internal sealed record GeoRiver(
    string Name,
    bool MainRiver,
    List<string> KelurahanUpstreamToDownstream,
    List<GeoPoint> GaugePoints);

internal sealed record GeoRoad(string Name, List<GeoPoint> CctvPoints);

internal sealed record GeoWasteSite(string Name, string Type, string? Status, GeoPoint Location)
{
    /// <summary>Closed sites (the historic TPA Air Kuning) get no camera.</summary>
    public bool IsActive =>
        !Type.Contains("closed", StringComparison.OrdinalIgnoreCase)
        && !Type.Contains("historic", StringComparison.OrdinalIgnoreCase);
}

internal sealed record GeoOpd(string Name, string Abbr);
