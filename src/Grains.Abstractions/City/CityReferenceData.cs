using System.Collections.Immutable;

namespace AmbonCC.City;

/// <summary>The three kinds of village-level unit Kemendagri lists for Kota Ambon.</summary>
public enum KelurahanKind
{
    /// <summary>Urban administrative village, headed by a lurah (civil servant).</summary>
    Kelurahan,

    /// <summary>Village headed by an elected kepala desa.</summary>
    Desa,

    /// <summary>Maluku's customary village (desa adat), headed by a raja.</summary>
    Negeri,
}

/// <summary>A district (kecamatan) with its Kemendagri code, e.g. <c>81.71.02</c> Sirimau.</summary>
[GenerateSerializer, Immutable, Alias("ambon.city.Kecamatan")]
public sealed record Kecamatan(
    [property: Id(0)] string Code,
    [property: Id(1)] string Name,
    [property: Id(2)] double Latitude,
    [property: Id(3)] double Longitude);

/// <summary>A kelurahan, desa or negeri with its Kemendagri code, e.g. <c>81.71.02.1011</c> Rijali.</summary>
/// <remarks>Latitude/longitude are a point inside the unit (polygon centroid unless it falls outside).</remarks>
[GenerateSerializer, Immutable, Alias("ambon.city.Kelurahan")]
public sealed record Kelurahan(
    [property: Id(0)] string Code,
    [property: Id(1)] string Name,
    [property: Id(2)] KelurahanKind Kind,
    [property: Id(3)] string KecamatanCode,
    [property: Id(4)] double Latitude,
    [property: Id(5)] double Longitude)
{
    /// <summary>Title of the unit's head as people address it: Lurah, Kepala Desa or Raja.</summary>
    public string HeadTitle => Kind switch
    {
        KelurahanKind.Desa => "Kepala Desa",
        KelurahanKind.Negeri => "Raja",
        _ => "Lurah",
    };
}

/// <summary>A city agency (OPD). <see cref="Code"/> is the stable key other records refer to.</summary>
[GenerateSerializer, Immutable, Alias("ambon.city.Opd")]
public sealed record Opd(
    [property: Id(0)] string Code,
    [property: Id(1)] string ShortName,
    [property: Id(2)] string FullName);

/// <summary>Everything the directory holds that is not a per-device grain.</summary>
[GenerateSerializer, Immutable, Alias("ambon.city.CityReferenceData")]
public sealed record CityReferenceData(
    [property: Id(0)] ImmutableArray<Kecamatan> Kecamatan,
    [property: Id(1)] ImmutableArray<Kelurahan> Kelurahan,
    [property: Id(2)] ImmutableArray<Opd> Opds);

/// <summary>The kinds of grain the directory keeps a key index of.</summary>
public enum CityIndexKind
{
    /// <summary>Camera codes, keys of <c>ICameraGrain</c>.</summary>
    Camera,

    /// <summary>Gauge codes, keys of <c>IRiverGaugeGrain</c>.</summary>
    RiverGauge,

    /// <summary>Terminal serials, keys of <c>ITaxTerminalGrain</c>.</summary>
    TaxTerminal,

    /// <summary>Kelurahan codes that have a recipient list, keys of <c>IRecipientListGrain</c>.</summary>
    RecipientList,
}

/// <summary>Sizes of what the directory knows, for dashboards and seed checks.</summary>
[GenerateSerializer, Immutable, Alias("ambon.city.CityCounts")]
public sealed record CityCounts(
    [property: Id(0)] int Kecamatan,
    [property: Id(1)] int Kelurahan,
    [property: Id(2)] int Opds,
    [property: Id(3)] int Cameras,
    [property: Id(4)] int RiverGauges,
    [property: Id(5)] int TaxTerminals,
    [property: Id(6)] int RecipientLists);

/// <summary>Which seed filled the directory, and when.</summary>
[GenerateSerializer, Immutable, Alias("ambon.city.SeedMark")]
public sealed record SeedMark(
    [property: Id(0)] string SeedVersion,
    [property: Id(1)] DateTimeOffset SeededAt);
