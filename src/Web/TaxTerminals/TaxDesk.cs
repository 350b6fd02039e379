using AmbonCC.TaxTerminals;

namespace AmbonCC.Web.TaxTerminals;

/// <summary>
/// What the Tax page and the list endpoints show: the kecamatan tax registers, asked at once, which the terminals and
/// taxpayers keep up to date themselves (no grain per outlet is asked).
/// </summary>
public sealed class TaxDesk(IGrainFactory grains)
{
    /// <summary>The city's register, or only the kecamatan's of <paramref name="kelurahanCode"/> (a filtered list asks one grain).</summary>
    public Task<TaxRegisterView> RegisterAsync(string? kelurahanCode = null) => TaxRegisters.ReadAsync(grains, kelurahanCode);

    public Task<TaxTotals> TotalsAsync() => TaxRegisters.TotalsAsync(grains);

    public async Task<IReadOnlyList<TerminalStatus>> TerminalsAsync(string? kelurahanCode = null) =>
        [.. (await RegisterAsync(kelurahanCode)).Terminals.Select(r => r.Status)];
}
