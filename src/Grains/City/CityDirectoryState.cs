using System.Collections.Immutable;

namespace AmbonCC.City;

[GenerateSerializer, Alias("ambon.city.CityDirectoryState")]
public sealed class CityDirectoryState
{
    [Id(0)] public ImmutableArray<Kecamatan> Kecamatan { get; set; } = [];

    [Id(1)] public ImmutableArray<Kelurahan> Kelurahan { get; set; } = [];

    [Id(2)] public ImmutableArray<Opd> Opds { get; set; } = [];

    [Id(3)] public HashSet<string> CameraCodes { get; set; } = new(StringComparer.Ordinal);

    [Id(4)] public HashSet<string> GaugeCodes { get; set; } = new(StringComparer.Ordinal);

    [Id(5)] public HashSet<string> TerminalSerials { get; set; } = new(StringComparer.Ordinal);

    [Id(6)] public HashSet<string> RecipientListKeys { get; set; } = new(StringComparer.Ordinal);

    [Id(7)] public SeedMark? Seed { get; set; }

    public HashSet<string> Index(CityIndexKind kind) => kind switch
    {
        CityIndexKind.Camera => CameraCodes,
        CityIndexKind.RiverGauge => GaugeCodes,
        CityIndexKind.TaxTerminal => TerminalSerials,
        CityIndexKind.RecipientList => RecipientListKeys,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown index."),
    };
}
