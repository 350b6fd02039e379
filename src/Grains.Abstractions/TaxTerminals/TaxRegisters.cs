using System.Collections.Immutable;
using AmbonCC.Platform;

namespace AmbonCC.TaxTerminals;

/// <summary>Which register a row belongs to: its kecamatan, the first three parts of the kelurahan code.</summary>
public static class TaxRegisterKeys
{
    /// <summary>The register of rows whose kelurahan code is not of the form 81.71.01.1006.</summary>
    public const string Unplaced = "lainnya";

    /// <summary>"81.71.01.1006" → "81.71.01"; anything else → <see cref="Unplaced"/>.</summary>
    public static string Of(string? kelurahanCode) =>
        kelurahanCode is { Length: > 8 } code && code[8] == '.' && IsKecamatan(code.AsSpan(0, 8)) ? code[..8] : Unplaced;

    /// <summary>A register's key: a kecamatan code (two digits, a dot, two digits, a dot, two digits) or <see cref="Unplaced"/>.</summary>
    public static bool IsRegister(string? key) => key == Unplaced || (key is { Length: 8 } && IsKecamatan(key));

    private static bool IsKecamatan(ReadOnlySpan<char> code) =>
        code.Length == 8 && code[2] == '.' && code[5] == '.'
        && char.IsAsciiDigit(code[0]) && char.IsAsciiDigit(code[1]) && char.IsAsciiDigit(code[3])
        && char.IsAsciiDigit(code[4]) && char.IsAsciiDigit(code[6]) && char.IsAsciiDigit(code[7]);
}

/// <summary>
/// The city's tax register as its readers see it: every kecamatan's register asked at once, the rows merged and
/// ordered (terminals red first, then by outlet; the queue by score), the KPIs summed.
/// </summary>
public static class TaxRegisters
{
    public static ITaxRegisterGrain For(IGrainFactory grains, string? kelurahanCode)
    {
        ArgumentNullException.ThrowIfNull(grains);
        return grains.GetGrain<ITaxRegisterGrain>(TaxRegisterKeys.Of(kelurahanCode));
    }

    /// <summary>
    /// The city's register, or (given a kelurahan) only its kecamatan's: the rows of that kelurahan are all there. A
    /// register the index does not list is not asked (it holds nothing, and asking would activate it).
    /// </summary>
    public static async Task<TaxRegisterView> ReadAsync(IGrainFactory grains, string? kelurahanCode = null)
    {
        ArgumentNullException.ThrowIfNull(grains);
        var keys = (await KeysAsync(grains)).Where(k => kelurahanCode is null || k == TaxRegisterKeys.Of(kelurahanCode));
        return Merge(await Task.WhenAll(keys.Select(k => grains.GetGrain<ITaxRegisterGrain>(k).GetAsync())));
    }

    public static async Task<TaxTotals> TotalsAsync(IGrainFactory grains)
    {
        ArgumentNullException.ThrowIfNull(grains);
        var parts = await Task.WhenAll((await KeysAsync(grains)).Select(k => grains.GetGrain<ITaxRegisterGrain>(k).GetTotalsAsync()));
        return parts.Aggregate(TaxTotals.Zero, (sum, part) => sum.Plus(part));
    }

    /// <summary>Several registers' views as one, ordered.</summary>
    public static TaxRegisterView Merge(IEnumerable<TaxRegisterView> views)
    {
        ArgumentNullException.ThrowIfNull(views);
        var all = views.ToList();
        return new TaxRegisterView(
            [.. InOrder(all.SelectMany(v => v.Terminals))],
            [.. InOrder(all.SelectMany(v => v.Queue))],
            all.Aggregate(TaxTotals.Zero, (sum, v) => sum.Plus(v.Totals)));
    }

    /// <summary>Terminals red first, then by outlet and serial.</summary>
    private static IEnumerable<TerminalStatusChanged> InOrder(IEnumerable<TerminalStatusChanged> rows) => rows
        .OrderByDescending(r => r.Status.Health == TerminalHealth.Red)
        .ThenBy(r => r.Status.Outlet, StringComparer.Ordinal)
        .ThenBy(r => r.Status.Serial, StringComparer.Ordinal);

    /// <summary>The queue by score, then by NPWPD.</summary>
    private static IEnumerable<TaxpayerChanged> InOrder(IEnumerable<TaxpayerChanged> rows) => rows
        .OrderByDescending(r => r.Score)
        .ThenBy(r => r.Npwpd, StringComparer.Ordinal);

    private static Task<ImmutableArray<string>> KeysAsync(IGrainFactory grains) =>
        grains.GetGrain<ITaxRegisterIndexGrain>(CityKeys.City).GetKeysAsync();
}
