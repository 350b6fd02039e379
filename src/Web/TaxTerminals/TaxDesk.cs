using AmbonCC.Platform;
using AmbonCC.TaxTerminals;

namespace AmbonCC.Web.TaxTerminals;

/// <summary>
/// What the Tax page and the list endpoints show: one call to the city's tax register, which the terminals and
/// taxpayers keep up to date themselves (no grain per outlet is asked).
/// </summary>
public sealed class TaxDesk(IGrainFactory grains)
{
    public Task<TaxRegisterView> RegisterAsync() => grains.GetGrain<ITaxRegisterGrain>(CityKeys.City).GetAsync();

    public async Task<IReadOnlyList<TerminalStatus>> TerminalsAsync() => [.. (await RegisterAsync()).Terminals.Select(r => r.Status)];
}
