namespace AmbonCC.RiverGauges;

/// <summary>
/// What a gauge's classifier remembers between readings; a grain persists it as (part of) its state.
/// Memory is bounded: a short window of recent readings and of recent seqs, never the whole history.
/// </summary>
[GenerateSerializer, Alias("AmbonCC.RiverGauges.GaugeClassifierState")]
public sealed class GaugeClassifierState
{
    /// <summary>The current band (with hysteresis applied).</summary>
    [Id(0)] public SiagaLevel Band { get; set; }

    /// <summary>Whether the rate-of-rise alarm is raised.</summary>
    [Id(1)] public bool RiseAlarm { get; set; }

    /// <summary>Whether the stale alarm is raised.</summary>
    [Id(2)] public bool Stale { get; set; }

    /// <summary>The reading with the latest observedAt; it defines the current level.</summary>
    [Id(3)] public GaugeReading? Latest { get; set; }

    /// <summary>When the level first fell below (band threshold − margin) in the current hold, if it has.</summary>
    [Id(4)] public DateTimeOffset? BelowSince { get; set; }

    /// <summary>The worst band the level touched during the current hold: where a step down lands.</summary>
    [Id(5)] public SiagaLevel HoldTarget { get; set; }

    /// <summary>When the rate first fell below the clearing level while the rise alarm is raised.</summary>
    [Id(6)] public DateTimeOffset? CalmSince { get; set; }

    /// <summary>Recent readings ordered by observedAt (the rate-of-rise window and some slack).</summary>
    [Id(7)] public List<GaugeReading> Recent { get; set; } = [];

    /// <summary>Recent seqs, oldest first, for duplicate detection.</summary>
    [Id(8)] public List<long> RecentSeqs { get; set; } = [];

    /// <summary>When watching began: a gauge that never reports goes stale from here.</summary>
    [Id(9)] public DateTimeOffset? WatchSince { get; set; }

    /// <summary>The last computed rate of rise in cm per 10 minutes, if the window was long enough.</summary>
    [Id(10)] public double? RateCmPer10Min { get; set; }
}
