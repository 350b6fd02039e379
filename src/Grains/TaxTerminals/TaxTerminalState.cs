using AmbonCC.City;

namespace AmbonCC.TaxTerminals;

/// <summary>
/// The terminal's compact snapshot: profile, last receipt, health and hourly figures (about nine weeks). The
/// receipts themselves live in the ledger; after a crash the figures since the snapshot are rebuilt from it.
/// </summary>
[GenerateSerializer, Alias("ambon.taxterminals.TaxTerminalState")]
public sealed class TaxTerminalState
{
    [Id(0)] public RestaurantProfile? Profile { get; set; }
    [Id(1)] public DateTimeOffset? LastSeenAt { get; set; }
    [Id(2)] public long? LastReceiptNo { get; set; }
    [Id(3)] public Dictionary<DateTime, HourFigures> Hours { get; set; } = [];
    [Id(4)] public DateTimeOffset? RedSince { get; set; }

    /// <summary>Findings acknowledged to the device but not yet handed to the taxpayer and the alarms.</summary>
    [Id(5)] public List<TaxFinding> PendingFindings { get; set; } = [];

    /// <summary>The device-off alarm must be cleared (the terminal is green again) once reactions run.</summary>
    [Id(6)] public bool PendingClear { get; set; }
    [Id(7)] public bool HistorySeeded { get; set; }

    /// <summary>Ids of findings already handed over recently, so that one cause is reported once.</summary>
    [Id(8)] public HashSet<string> ReportedIds { get; set; } = [];
}
