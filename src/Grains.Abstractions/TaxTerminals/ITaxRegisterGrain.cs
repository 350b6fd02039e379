using System.Collections.Immutable;

namespace AmbonCC.TaxTerminals;

/// <summary>
/// The city's tax register: one row per terminal and per queued taxpayer, kept up to date by the terminals and
/// taxpayers themselves (after their own state is written), so that the Tax page, the lists and the KPIs are one
/// grain call instead of one per outlet. Key: <see cref="Platform.CityKeys.City"/>.
/// </summary>
/// <remarks>
/// Calls go one way: terminal → register and taxpayer → register. The register never calls a terminal or a
/// taxpayer, and publishes the typed rows on the tax live stream after it stored them.
/// </remarks>
[Alias("ambon.taxterminals.ITaxRegisterGrain")]
public interface ITaxRegisterGrain : IGrainWithStringKey
{
    /// <summary>A terminal's row (after a receipt, a heartbeat, a change of health). An older row than the stored one is ignored.</summary>
    [Alias("ReportTerminal")]
    Task ReportTerminalAsync(TerminalStatusChanged row);

    /// <summary>A taxpayer's anomaly-queue row; one that is no longer queued leaves the queue.</summary>
    [Alias("ReportTaxpayer")]
    Task ReportTaxpayerAsync(TaxpayerChanged row);

    /// <summary>Every terminal row (red first, then by outlet), the queue (by score) and the KPIs, at this instant.</summary>
    [Alias("Get")]
    Task<TaxRegisterView> GetAsync();
}

/// <summary>What the Tax page loads once; live events then update its rows.</summary>
[GenerateSerializer, Immutable, Alias("ambon.taxterminals.TaxRegisterView")]
public sealed record TaxRegisterView(
    [property: Id(0)] ImmutableArray<TerminalStatusChanged> Terminals,
    [property: Id(1)] ImmutableArray<TaxpayerChanged> Queue,
    [property: Id(2)] TaxTotals Totals);

/// <summary>The city's figures: today's recorded turnover and PBJT, month to date against last month, terminals red.</summary>
/// <param name="RedThreeDays">Terminals red for <see cref="TaxRuleOptions.RedEscalation"/> or longer (the acting mayor's rule).</param>
[GenerateSerializer, Immutable, Alias("ambon.taxterminals.TaxTotals")]
public sealed record TaxTotals(
    [property: Id(0)] decimal TodayTurnover,
    [property: Id(1)] decimal TodayTax,
    [property: Id(2)] int TodayReceipts,
    [property: Id(3)] decimal MonthTurnover,
    [property: Id(4)] decimal MonthTax,
    [property: Id(5)] decimal LastMonthTurnover,
    [property: Id(6)] int Terminals,
    [property: Id(7)] int Red,
    [property: Id(8)] int RedThreeDays);
