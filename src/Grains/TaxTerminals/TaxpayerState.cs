using AmbonCC.City;

namespace AmbonCC.TaxTerminals;

/// <summary>A taxpayer's profile, findings, declarations and enforcement case with its audit trail.</summary>
[GenerateSerializer, Alias("ambon.taxterminals.TaxpayerState")]
public sealed class TaxpayerState
{
    [Id(0)] public RestaurantProfile? Profile { get; set; }
    [Id(1)] public HashSet<string> Terminals { get; set; } = [];

    /// <summary>Open findings (of the current case or awaiting one), newest last; capped.</summary>
    [Id(2)] public List<TaxFinding> Findings { get; set; } = [];
    [Id(3)] public Dictionary<string, SptpdRecord> Sptpd { get; set; } = [];
    [Id(4)] public CaseStage Stage { get; set; }
    [Id(5)] public DateTimeOffset? OpenedAt { get; set; }
    [Id(6)] public DateTimeOffset? Deadline { get; set; }
    [Id(7)] public bool Overdue { get; set; }
    [Id(8)] public bool FieldChecked { get; set; }
    [Id(9)] public CaseStage LastLetterStage { get; set; }
    [Id(10)] public List<WarningLetter> Letters { get; set; } = [];
    [Id(11)] public List<CaseEntry> Trail { get; set; } = [];

    /// <summary>When a field check last found the outlet closed: suspends the 3-days-red rule for that red spell.</summary>
    [Id(12)] public DateTimeOffset? ClosedConfirmedAt { get; set; }
}
