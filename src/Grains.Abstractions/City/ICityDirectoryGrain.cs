using System.Collections.Immutable;

namespace AmbonCC.City;

/// <summary>
/// The city's reference data (kecamatan, kelurahan, OPDs) and the key indexes of its per-thing grains.
/// One per city; Ambon's key is <see cref="AmbonKey"/>.
/// </summary>
/// <remarks>
/// Indexes only grow through <see cref="AddToIndexAsync"/>, which is a set union, so a seed or an
/// onboarding flow can be retried after a crash without duplicates.
/// </remarks>
[Alias("ambon.city.ICityDirectoryGrain")]
public interface ICityDirectoryGrain : IGrainWithStringKey
{
    /// <summary>The key of Kota Ambon's directory.</summary>
    const string AmbonKey = AmbonCC.Platform.CityKeys.City;

    /// <summary>Replaces the reference data; returns false when it was already identical.</summary>
    [Alias("SetReferenceData")]
    Task<bool> SetReferenceDataAsync(CityReferenceData data);

    /// <summary>Adds keys to an index; returns how many were not there yet.</summary>
    [Alias("AddToIndex")]
    Task<int> AddToIndexAsync(CityIndexKind kind, ImmutableArray<string> keys);

    [Alias("IsSeeded")]
    Task<bool> IsSeededAsync();

    /// <summary>Records that a seed completed. Call last, after every registration succeeded.</summary>
    [Alias("MarkSeeded")]
    Task MarkSeededAsync(string seedVersion);

    /// <summary>The last completed seed, or null when the city was never seeded.</summary>
    [Alias("GetSeedMark")]
    Task<SeedMark?> GetSeedMarkAsync();

    [Alias("GetKecamatan")]
    Task<ImmutableArray<Kecamatan>> GetKecamatanAsync();

    [Alias("GetKelurahan")]
    Task<ImmutableArray<Kelurahan>> GetKelurahanAsync();

    /// <summary>One kelurahan by Kemendagri code, or null.</summary>
    [Alias("FindKelurahan")]
    Task<Kelurahan?> FindKelurahanAsync(string code);

    [Alias("GetOpds")]
    Task<ImmutableArray<Opd>> GetOpdsAsync();

    /// <summary>The keys in an index, sorted ordinally.</summary>
    [Alias("GetIndex")]
    Task<ImmutableArray<string>> GetIndexAsync(CityIndexKind kind);

    [Alias("GetCounts")]
    Task<CityCounts> GetCountsAsync();
}
