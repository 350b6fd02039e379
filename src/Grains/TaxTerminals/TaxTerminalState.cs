using AmbonCC.City;
using Newtonsoft.Json;

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
    /// <summary>The hourly figures the rules work on; stored as <see cref="PackedHours"/> (see there).</summary>
    [Id(3), JsonIgnore] public Dictionary<DateTime, HourFigures> Hours { get; set; } = [];
    [Id(4)] public DateTimeOffset? RedSince { get; set; }

    /// <summary>Findings acknowledged to the device but not yet handed to the taxpayer and the alarms.</summary>
    [Id(5)] public List<TaxFinding> PendingFindings { get; set; } = [];

    /// <summary>The device-off alarm must be cleared (the terminal is green again) once reactions run.</summary>
    [Id(6)] public bool PendingClear { get; set; }
    [Id(7)] public bool HistorySeeded { get; set; }

    /// <summary>Ids of findings already handed over recently, so that one cause is reported once.</summary>
    [Id(8)] public HashSet<string> ReportedIds { get; set; } = [];

    /// <summary>
    /// How grain storage (Newtonsoft JSON) keeps <see cref="Hours"/>: packed on every write, unpacked on every read
    /// (<see cref="HourPacking"/>). Not an Orleans member: the in-memory copy carries <see cref="Hours"/> itself.
    /// </summary>
    public string? PackedHours
    {
        get => HourPacking.Pack(Hours).Packed;
        set => HourPacking.Unpack(value, Hours);
    }

    /// <summary>
    /// The shape stored before the hours were packed (one JSON object per hour under <c>Hours</c>): read so that an
    /// existing snapshot still loads, and written only for hours the packed form cannot hold exactly (none in practice).
    /// </summary>
    [JsonProperty(nameof(Hours), ObjectCreationHandling = ObjectCreationHandling.Replace, NullValueHandling = NullValueHandling.Ignore)]
    public Dictionary<DateTime, HourFigures>? UnpackedHours
    {
        get => HourPacking.Unpackable(Hours);
        set
        {
            foreach (var (key, figures) in value ?? [])
            {
                Hours[key] = figures;
            }
        }
    }
}
