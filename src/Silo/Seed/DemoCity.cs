using System.Collections.Immutable;
using AmbonCC.City;

namespace AmbonCC.Silo.Seed;

/// <summary>
/// The demo city built from <c>ambon-geo.json</c>: real kecamatan, kelurahan, rivers, roads and waste sites,
/// with generated cameras, gauges, restaurants and warning recipients placed on them.
/// </summary>
/// <remarks>
/// Pure and deterministic: every part draws from its own fixed-seed <see cref="Random"/>, so the same json
/// always gives the same city, and changing how one part is generated does not reshuffle the others.
/// </remarks>
internal sealed partial class DemoCity
{
    /// <summary>Stored in the directory when a seed completes; bump it when the generated city changes.</summary>
    public const string SeedVersion = "ambon-demo-1";

    /// <summary>Where the silo's build copies the geo seed.</summary>
    public static string DefaultGeoPath => Path.Combine(AppContext.BaseDirectory, "Seed", "ambon-geo.json");

    public required ImmutableArray<Kecamatan> Kecamatan { get; init; }

    public required ImmutableArray<Kelurahan> Kelurahan { get; init; }

    public required ImmutableArray<Opd> Opds { get; init; }

    public required ImmutableArray<CameraProfile> Cameras { get; init; }

    public required ImmutableArray<GaugeProfile> Gauges { get; init; }

    public required ImmutableArray<RestaurantProfile> Restaurants { get; init; }

    public required ImmutableArray<Recipient> Recipients { get; init; }

    public CityReferenceData ReferenceData => new(Kecamatan, Kelurahan, Opds);

    /// <summary>Builds the city from the geo seed next to the running assembly.</summary>
    public static DemoCity LoadDefault() => FromJson(File.ReadAllText(DefaultGeoPath));

    /// <summary>Builds the city from the text of an ambon-geo.json file.</summary>
    public static DemoCity FromJson(string json)
    {
        var geo = AmbonGeo.Parse(json);
        var context = new SeedContext(geo);
        var gauges = BuildGauges(context);
        return new DemoCity
        {
            Kecamatan = context.Kecamatan,
            Kelurahan = context.Kelurahan,
            Opds = context.Opds,
            Cameras = BuildCameras(context),
            Gauges = gauges,
            Restaurants = BuildRestaurants(context),
            Recipients = BuildRecipients(context, gauges),
        };
    }

    /// <summary>Coordinates are rounded to 5 decimals (about 1 m), like the source file.</summary>
    private static double Round(double degrees) => Math.Round(degrees, 5);
}
