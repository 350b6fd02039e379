using AmbonCC.City;

namespace AmbonCC.RiverGauges;

/// <summary>
/// The gauge's compact snapshot: profile, current rules and the classifier's window. Readings themselves live
/// in the ledger; after a crash the window (and the reactions it implies) is rebuilt from it.
/// </summary>
[GenerateSerializer, Alias("ambon.rivergauges.RiverGaugeState")]
public sealed class RiverGaugeState
{
    [Id(0)] public GaugeProfile? Profile { get; set; }
    [Id(1)] public GaugeThresholds? Thresholds { get; set; }
    [Id(2)] public bool AutoIssueWarnings { get; set; }
    [Id(3)] public GaugeClassifierState Classifier { get; set; } = new();
    /// <summary>Obsolete: the count is derived from the ledger (it over- and under-counted when accumulated).</summary>
    [Id(4)] public long ReadingCount { get; set; }
    [Id(5)] public List<ThresholdChange> ThresholdHistory { get; set; } = [];

    /// <summary>
    /// Changes acknowledged to the device whose alarms and warning desk have not yet been told. Written with the
    /// snapshot; what a crash loses before that write is found again by replaying the ledger on activation.
    /// </summary>
    [Id(6)] public List<GaugeChange> PendingReactions { get; set; } = [];
}
