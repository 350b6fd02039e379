using System.Collections.Immutable;
using System.Text.RegularExpressions;
using AmbonCC.City;

namespace AmbonCC.Silo.Seed;

/// <summary>The geo seed turned into records, plus the look-ups the generators share.</summary>
internal sealed partial class SeedContext
{
    public SeedContext(AmbonGeo geo)
    {
        Geo = geo;
        Kecamatan = [.. geo.Kecamatan.Select(k => new Kecamatan(k.Code, k.Name, k.Centroid.Lat, k.Centroid.Lon))];
        Kelurahan = [.. geo.Kelurahan.Select(k => new Kelurahan(
            k.Code, k.Name, ParseKind(k.Type), k.KecamatanCode, k.Anchor.Lat, k.Anchor.Lon))];
        Opds = [.. geo.Opd.Select(o => new Opd(OpdCode(o.Abbr), o.Abbr, o.Name))];
        KelurahanByCode = Kelurahan.ToDictionary(k => k.Code, StringComparer.Ordinal);
        MainRivers = [.. geo.Rivers.Where(r => r.MainRiver)];
    }

    public AmbonGeo Geo { get; }

    public ImmutableArray<Kecamatan> Kecamatan { get; }

    public ImmutableArray<Kelurahan> Kelurahan { get; }

    public ImmutableArray<Opd> Opds { get; }

    public IReadOnlyDictionary<string, Kelurahan> KelurahanByCode { get; }

    /// <summary>The five rivers the article's flood warnings are about.</summary>
    public ImmutableArray<GeoRiver> MainRivers { get; }

    public Kelurahan KelurahanOf(GeoPoint point) =>
        point.KelurahanCode is { } code && KelurahanByCode.TryGetValue(code, out var k)
            ? k
            : throw new InvalidDataException($"Point {point.Lat},{point.Lon} has no known kelurahan code.");

    /// <summary>The OPD whose code is given; the seed fails loudly if the json lost an agency we depend on.</summary>
    public string RequireOpd(string code) =>
        Opds.Any(o => o.Code == code) ? code : throw new InvalidDataException($"OPD {code} missing from ambon-geo.json.");

    /// <summary>
    /// The river's kelurahan codes upstream to downstream. The json names them in prose
    /// ("Waihaong / Silale (Talake area, mouth, estimate)"), so each name is matched as whole words; a
    /// "(negeri ...)" or "(kelurahan ...)" hint picks between units that share a name (Urimessing).
    /// </summary>
    public ImmutableArray<string> RiverPath(GeoRiver river)
    {
        var codes = new List<string>();
        foreach (var entry in river.KelurahanUpstreamToDownstream)
        {
            var paren = entry.IndexOf('(', StringComparison.Ordinal);
            var names = paren < 0 ? entry : entry[..paren];
            var hint = paren < 0 ? "" : entry[paren..];
            foreach (var fragment in names.Split('/', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (Resolve(fragment, hint) is { } code && !codes.Contains(code))
                {
                    codes.Add(code);
                }
            }
        }

        return [.. codes];
    }

    private string? Resolve(string fragment, string hint)
    {
        var matches = Kelurahan
            .Where(k => Regex.IsMatch(fragment, $@"\b{Regex.Escape(k.Name)}\b", RegexOptions.IgnoreCase))
            .ToList();
        if (matches.Count == 0)
        {
            return null;
        }

        var longest = matches.Max(k => k.Name.Length);
        matches = matches.Where(k => k.Name.Length == longest).ToList();
        var hinted = matches.FirstOrDefault(k => hint.Contains(k.Kind.ToString(), StringComparison.OrdinalIgnoreCase));
        return (hinted ?? matches[0]).Code;
    }

    private static KelurahanKind ParseKind(string type) => type.ToLowerInvariant() switch
    {
        "kelurahan" => KelurahanKind.Kelurahan,
        "desa" => KelurahanKind.Desa,
        "negeri" => KelurahanKind.Negeri,
        _ => throw new InvalidDataException($"Unknown kelurahan type '{type}'."),
    };

    /// <summary>
    /// A stable code from the json's abbreviation: "Dinas PUPR" → PUPR, "BPBD Kota Ambon" → BPBD,
    /// "Satpol PP" → SATPOL-PP, "Perumdam Tirta Yapono / PDAM" → PDAM.
    /// </summary>
    internal static string OpdCode(string abbr)
    {
        var name = abbr.Split('/', StringSplitOptions.TrimEntries)[^1];
        name = name.Replace("Kota Ambon", "", StringComparison.Ordinal).Trim();
        if (name.StartsWith("Dinas ", StringComparison.Ordinal))
        {
            name = name["Dinas ".Length..];
        }

        return NonCode().Replace(name.Trim().ToUpperInvariant(), "-");
    }

    [GeneratedRegex("[^A-Z0-9]+")]
    private static partial Regex NonCode();
}
