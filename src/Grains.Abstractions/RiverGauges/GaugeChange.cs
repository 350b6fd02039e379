namespace AmbonCC.RiverGauges;

/// <summary>What the classifier noticed about a gauge.</summary>
[GenerateSerializer, Alias("AmbonCC.RiverGauges.GaugeChangeKind")]
public enum GaugeChangeKind
{
    /// <summary>The level entered a worse band (immediately, no hold).</summary>
    BandRaised,

    /// <summary>The level stayed below the band's threshold minus the margin for the hold time.</summary>
    BandLowered,

    /// <summary>The rate of rise reached the threshold.</summary>
    RiseAlarmRaised,

    /// <summary>The rate of rise stayed below half the threshold for the hold time.</summary>
    RiseAlarmCleared,

    /// <summary>No reading for the stale timeout: the gauge itself is an alarm.</summary>
    StaleRaised,

    /// <summary>A fresh reading arrived after the gauge was stale.</summary>
    StaleCleared,

    /// <summary>A reading whose seq was already seen; ignored.</summary>
    Duplicate,

    /// <summary>A reading older than the current one; store it, but it does not move the level or band.</summary>
    OutOfOrder,
}

/// <summary>
/// One change found by the classifier: what happened, when (the reading's observedAt, or the check time for
/// staleness) and the numbers an operator needs to judge it.
/// </summary>
/// <param name="Kind">What happened.</param>
/// <param name="At">The observedAt of the reading that caused it, or the check time for <see cref="GaugeChangeKind.StaleRaised"/>.</param>
/// <param name="FromBand">The band before the change.</param>
/// <param name="ToBand">The band after the change (equal to <paramref name="FromBand"/> unless the band moved).</param>
/// <param name="Seq">The reading's seq, when a reading caused the change.</param>
/// <param name="LevelCm">The current level after the change (the rejected reading's level for Duplicate/OutOfOrder).</param>
/// <param name="RateCmPer10Min">The current rate of rise, when enough readings span the window.</param>
[GenerateSerializer, Immutable, Alias("AmbonCC.RiverGauges.GaugeChange")]
public sealed record GaugeChange(
    [property: Id(0)] GaugeChangeKind Kind,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] SiagaLevel FromBand,
    [property: Id(3)] SiagaLevel ToBand,
    [property: Id(4)] long? Seq,
    [property: Id(5)] double? LevelCm,
    [property: Id(6)] double? RateCmPer10Min);
