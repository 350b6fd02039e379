using System.Collections.Immutable;
using AmbonCC.City;

namespace AmbonCC.TaxTerminals;

/// <summary>The taxpayer's standing: green when nothing is open, watched with findings, in a case until it complies.</summary>
public enum TaxpayerStanding
{
    Compliant,
    Watched,
    InCase,
}

/// <summary>A monthly self-declaration (SPTPD) against what the terminals recorded.</summary>
/// <param name="Period">yyyy-MM.</param>
[GenerateSerializer, Immutable, Alias("ambon.taxterminals.SptpdRecord")]
public sealed record SptpdRecord(
    [property: Id(0)] string Period,
    [property: Id(1)] decimal DeclaredTurnover,
    [property: Id(2)] decimal DeclaredTax,
    [property: Id(3)] decimal RecordedTurnover,
    [property: Id(4)] decimal RecordedTax,
    [property: Id(5)] string EnteredBy,
    [property: Id(6)] DateTimeOffset EnteredAt,
    [property: Id(7)] bool UnderDeclared);

/// <summary>A taxpayer with its score, findings, case and declarations.</summary>
[GenerateSerializer, Immutable, Alias("ambon.taxterminals.TaxpayerView")]
public sealed record TaxpayerView(
    [property: Id(0)] RestaurantProfile Profile,
    [property: Id(1)] ImmutableArray<string> Terminals,
    [property: Id(2)] TaxpayerStanding Standing,
    [property: Id(3)] double Score,
    [property: Id(4)] ImmutableArray<TaxFinding> Findings,
    [property: Id(5)] CaseView Case,
    [property: Id(6)] ImmutableArray<SptpdRecord> Sptpd);

/// <summary>A taxpayer (wajib pajak); key: NPWPD. Terminals report findings here; officers act on its case.</summary>
[Alias("ambon.taxterminals.ITaxpayerGrain")]
public interface ITaxpayerGrain : IGrainWithStringKey
{
    /// <summary>Stores the profile and binds its terminal. Idempotent.</summary>
    [Alias("Register")]
    Task<bool> RegisterAsync(RestaurantProfile profile);

    /// <summary>Findings from a terminal (or a rule); a repeat of a finding id replaces it. Opens a case when none is open.</summary>
    [Alias("ReportFindings")]
    Task ReportFindingsAsync(RestaurantProfile profile, IReadOnlyList<TaxFinding> findings);

    /// <summary>Records the SPTPD of a month and compares it with the ledger's recorded turnover for that month.</summary>
    /// <exception cref="ArgumentException">Unknown taxpayer, a bad period or amounts (ParamName names the field).</exception>
    [Alias("DeclareSptpd")]
    Task<SptpdRecord> DeclareSptpdAsync(string period, decimal turnover, decimal tax, string enteredBy);

    /// <summary>An officer's step on the case (audited). Letters get a number and a deadline reminder.</summary>
    /// <exception cref="InvalidOperationException">The step is not allowed at this stage (the message says why).</exception>
    [Alias("Act")]
    Task<CaseView> ActAsync(CaseStep step);

    /// <summary>Null for an unknown taxpayer.</summary>
    [Alias("GetView")]
    Task<TaxpayerView?> GetViewAsync();
}

/// <summary>Numbers the enforcement letters of one year; key: the year (e.g. "2026").</summary>
[Alias("ambon.taxterminals.ITaxLetterRegistryGrain")]
public interface ITaxLetterRegistryGrain : IGrainWithStringKey
{
    /// <summary>The next sequence number; <paramref name="requestId"/> makes a retried request get the same number.</summary>
    [Alias("Next")]
    Task<int> NextAsync(string requestId);
}

/// <summary>Outlets of one kecamatan and category on one day; key "kecamatan|category".</summary>
[Alias("ambon.taxterminals.ITaxPeerGroupGrain")]
public interface ITaxPeerGroupGrain : IGrainWithStringKey
{
    /// <summary>Records this outlet's ratio (turnover / own baseline) for the day and returns the other outlets' ratios.</summary>
    [Alias("Report")]
    Task<IReadOnlyList<double>> ReportAsync(string serial, DateOnly day, double ratio);
}
