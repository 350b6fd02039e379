using System.Text.Json.Serialization;
using AmbonCC.City;
using AmbonCC.Platform;

namespace AmbonCC.RiverGauges;

/// <summary>What a gauge shows now: level, band, alarms and its rules.</summary>
[GenerateSerializer, Immutable, Alias("AmbonCC.RiverGauges.GaugeStatus")]
public sealed record GaugeStatus(
    [property: Id(0)] string Code,
    [property: Id(1)] string Name,
    [property: Id(2)] string RiverName,
    [property: Id(3)] double Latitude,
    [property: Id(4)] double Longitude,
    [property: Id(5)] SiagaLevel Band,
    [property: Id(6)] double? LevelCm,
    [property: Id(7)] DateTimeOffset? ObservedAt,
    [property: Id(8)] double? RateCmPer10Min,
    [property: Id(9)] bool RiseAlarm,
    [property: Id(10)] bool Stale,
    [property: Id(11)] GaugeThresholds Thresholds,
    [property: Id(12)] bool AutoIssueWarnings,
    [property: Id(13)] long ReadingCount);

/// <summary>The durable outcome of one ingest call; <paramref name="Outcomes"/> has one entry per reading, in input order.</summary>
[GenerateSerializer, Immutable, Alias("AmbonCC.RiverGauges.IngestResult")]
public sealed record IngestResult(
    [property: Id(0)] int Accepted,
    [property: Id(1)] int Duplicates,
    [property: Id(2)] int OutOfOrder,
    [property: Id(3)] GaugeStatus Status,
    [property: Id(4), JsonIgnore] IReadOnlyList<ItemOutcome>? Outcomes = null);

/// <summary>One audited change of a gauge's rules.</summary>
[GenerateSerializer, Immutable, Alias("AmbonCC.RiverGauges.ThresholdChange")]
public sealed record ThresholdChange(
    [property: Id(0)] DateTimeOffset At,
    [property: Id(1)] string ChangedBy,
    [property: Id(2)] GaugeThresholds Old,
    [property: Id(3)] GaugeThresholds New,
    [property: Id(4)] bool OldAutoIssue,
    [property: Id(5)] bool NewAutoIssue);

/// <summary>One water-level gauge (pos duga air); key: gauge code (<see cref="GaugeProfile.Code"/>).</summary>
[Alias("ambon.rivergauges.IRiverGaugeGrain")]
public interface IRiverGaugeGrain : IGrainWithStringKey
{
    /// <summary>Stores the profile. Idempotent: returns false when the same profile was already stored.</summary>
    /// <exception cref="ArgumentException">Wrong key, or thresholds that do not increase.</exception>
    [Alias("Register")]
    Task<bool> RegisterAsync(GaugeProfile profile);

    /// <summary>The registered profile, or null for a gauge that was never registered.</summary>
    [Alias("GetProfile")]
    Task<GaugeProfile?> GetProfileAsync();

    /// <summary>
    /// Stores readings in the ledger (idempotent on seq) and classifies them; returns once they are durable.
    /// Out-of-order readings are stored but never move the current level back.
    /// </summary>
    /// <exception cref="ArgumentException">A reading is invalid (ParamName names the field), or the gauge is unknown.</exception>
    [Alias("Ingest")]
    Task<IngestResult> IngestAsync(IReadOnlyList<GaugeReading> readings);

    /// <summary>Null for an unknown gauge.</summary>
    [Alias("GetStatus")]
    Task<GaugeStatus?> GetStatusAsync();

    /// <summary>Changes the thresholds and the warning mode (automatic or draft for approval); audited.</summary>
    [Alias("UpdateThresholds")]
    Task<GaugeStatus> UpdateThresholdsAsync(GaugeThresholds thresholds, bool autoIssueWarnings, string changedBy);

    /// <summary>Every change of the rules, newest first.</summary>
    [Alias("ThresholdHistory")]
    Task<IReadOnlyList<ThresholdChange>> GetThresholdHistoryAsync();
}
