namespace AmbonCC.RiverGauges;

/// <summary>
/// One observation of a gauge. <paramref name="Seq"/> is the device's sequence number and, with the gauge code,
/// the natural key that makes ingest idempotent.
/// </summary>
/// <param name="Seq">Device sequence number, &gt;= 0.</param>
/// <param name="ObservedAt">When the device measured, with its offset.</param>
/// <param name="LevelCm">Water level in cm above gauge zero.</param>
/// <param name="RainfallMm">Rainfall since the previous reading, when the station has a rain gauge.</param>
[GenerateSerializer, Immutable, Alias("AmbonCC.RiverGauges.GaugeReading")]
public sealed record GaugeReading(
    [property: Id(0)] long Seq,
    [property: Id(1)] DateTimeOffset ObservedAt,
    [property: Id(2)] double LevelCm,
    [property: Id(3)] double? RainfallMm = null);

/// <summary>One bucket of downsampled history: the readings observed in [Start, End).</summary>
[GenerateSerializer, Immutable, Alias("AmbonCC.RiverGauges.ReadingBucket")]
public sealed record ReadingBucket(
    [property: Id(0)] DateTimeOffset Start,
    [property: Id(1)] DateTimeOffset End,
    [property: Id(2)] int Count,
    [property: Id(3)] double MinCm,
    [property: Id(4)] double MaxCm,
    [property: Id(5)] double AvgCm,
    [property: Id(6)] double LastCm,
    [property: Id(7)] DateTimeOffset LastObservedAt);
