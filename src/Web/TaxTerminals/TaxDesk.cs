using AmbonCC.TaxTerminals;
using AmbonCC.Web.Services;

namespace AmbonCC.Web.TaxTerminals;

/// <summary>One row of the anomaly queue: a taxpayer with open findings, by score.</summary>
public sealed record AnomalyRow(string Npwpd, string Name, string KelurahanCode, double Score, CaseStage Stage, bool Overdue, int Findings, string? TopFinding);

/// <summary>The city's tax figures today and this month against last month.</summary>
public sealed record TaxTotals(decimal TodayTurnover, decimal TodayTax, int TodayReceipts, decimal MonthTurnover, decimal MonthTax, decimal LastMonthTurnover, int Terminals, int Red);

/// <summary>
/// What the Tax page and the list endpoints show, gathered from the terminal and taxpayer grains. It asks every
/// terminal of the directory: fine for hundreds of outlets; a city of tens of thousands needs an aggregate grain.
/// </summary>
public sealed class TaxDesk(IGrainFactory grains, CityCatalog catalog)
{
    public async Task<IReadOnlyList<TerminalStatus>> TerminalsAsync()
    {
        var restaurants = await catalog.RestaurantsAsync();
        var statuses = await Task.WhenAll(restaurants.Select(r => grains.GetGrain<ITaxTerminalGrain>(r.TerminalSerial).GetStatusAsync()));
        return [.. statuses.OfType<TerminalStatus>().OrderByDescending(s => s.Health == TerminalHealth.Red).ThenBy(s => s.Outlet, StringComparer.Ordinal)];
    }

    public static TaxTotals Totals(IReadOnlyList<TerminalStatus> terminals) => new(
        terminals.Sum(t => t.TodayTurnover), terminals.Sum(t => t.TodayTax), terminals.Sum(t => t.TodayReceipts),
        terminals.Sum(t => t.MonthTurnover), terminals.Sum(t => t.MonthTax), terminals.Sum(t => t.LastMonthTurnover),
        terminals.Count, terminals.Count(t => t.Health == TerminalHealth.Red));

    public async Task<IReadOnlyList<AnomalyRow>> QueueAsync()
    {
        var npwpds = (await catalog.RestaurantsAsync()).Select(r => r.Npwpd).Distinct().ToList();
        var views = await Task.WhenAll(npwpds.Select(n => grains.GetGrain<ITaxpayerGrain>(n).GetViewAsync()));
        return [.. views.OfType<TaxpayerView>()
            .Where(v => v.Findings.Length > 0 || v.Case.Stage is not (CaseStage.None or CaseStage.Closed))
            .Select(v => new AnomalyRow(v.Profile.Npwpd, v.Profile.Name, v.Profile.KelurahanCode, Math.Round(v.Score, 2), v.Case.Stage, v.Case.Overdue,
                v.Findings.Length, v.Findings.OrderByDescending(f => f.Weight).FirstOrDefault()?.Summary))
            .OrderByDescending(r => r.Score)];
    }
}
