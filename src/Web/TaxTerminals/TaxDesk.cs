using AmbonCC.TaxTerminals;

namespace AmbonCC.Web.TaxTerminals;

/// <summary>
/// What the Tax page and the list endpoints show: the kecamatan tax registers, asked at once, which the terminals and
/// taxpayers keep up to date themselves (no grain per outlet is asked).
/// </summary>
public sealed class TaxDesk(IGrainFactory grains)
{
    public Task<TaxRegisterView> RegisterAsync() => TaxRegisters.ReadAsync(grains);

    public Task<TaxTotals> TotalsAsync() => TaxRegisters.TotalsAsync(grains);

    public async Task<IReadOnlyList<TerminalStatus>> TerminalsAsync() => [.. (await RegisterAsync()).Terminals.Select(r => r.Status)];
}
