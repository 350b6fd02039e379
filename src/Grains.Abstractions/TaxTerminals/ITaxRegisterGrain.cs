using System.Collections.Immutable;

namespace AmbonCC.TaxTerminals;

/// <summary>
/// A kecamatan's tax register: one row per terminal and per queued taxpayer of the kecamatan, kept up to date by the
/// terminals and taxpayers themselves (after their own state is written), so that the Tax page, the lists and the
/// KPIs ask one grain per kecamatan (<see cref="TaxRegisters"/>) instead of one per outlet. Key:
/// <see cref="TaxRegisterKeys.Of"/> of the outlet's kelurahan.
/// </summary>
/// <remarks>
/// Calls go one way: terminal → register, taxpayer → register, register → <see cref="ITaxRegisterIndexGrain"/>. The
/// register never calls a terminal or a taxpayer, and publishes the typed rows on the tax live stream after it stored
/// them. One register per kecamatan keeps each one's state and writes small for a city of Jakarta's size (the bench
/// measured one city-wide register at 30,000 terminals: a 20 MB state rewritten every 5 s, blocking its reports).
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

    /// <summary>Every terminal row, the queue and the KPIs, at this instant; unordered (<see cref="TaxRegisters.Merge"/> orders them).</summary>
    [Alias("Get")]
    Task<TaxRegisterView> GetAsync();

    /// <summary>The KPIs alone (no rows), for the summary endpoint.</summary>
    [Alias("GetTotals")]
    Task<TaxTotals> GetTotalsAsync();

    /// <summary>
    /// Hands the rows of a register kept under a key that is no kecamatan (the single city-wide register of earlier
    /// versions, key <see cref="Platform.CityKeys.City"/>) to their kecamatan registers, then empties it. Nothing to
    /// do on a kecamatan's register or an empty one; safe to repeat.
    /// </summary>
    [Alias("HandOver")]
    Task<int> HandOverAsync();
}

/// <summary>The kecamatan registers that hold rows, so that a reader knows whom to ask. Key: <see cref="Platform.CityKeys.City"/>.</summary>
/// <remarks>Registers call it (once each, when they take their first row); it calls nobody.</remarks>
[Alias("ambon.taxterminals.ITaxRegisterIndexGrain")]
public interface ITaxRegisterIndexGrain : IGrainWithStringKey
{
    [Alias("Add")]
    Task AddAsync(string registerKey);

    [Alias("GetKeys")]
    Task<ImmutableArray<string>> GetKeysAsync();
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
    [property: Id(8)] int RedThreeDays)
{
    public static readonly TaxTotals Zero = new(0, 0, 0, 0, 0, 0, 0, 0, 0);

    /// <summary>The figures of two parts of the city together (every figure is a sum or a count).</summary>
    public TaxTotals Plus(TaxTotals other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new(TodayTurnover + other.TodayTurnover, TodayTax + other.TodayTax, TodayReceipts + other.TodayReceipts,
            MonthTurnover + other.MonthTurnover, MonthTax + other.MonthTax, LastMonthTurnover + other.LastMonthTurnover,
            Terminals + other.Terminals, Red + other.Red, RedThreeDays + other.RedThreeDays);
    }
}
