namespace AmbonCC.RiverGauges;

// The gauge-reading ledger's rows: what the silo stores and what history readers get back through IGaugeHistoryGrain.

/// <summary>One river-gauge reading as a device reports it; (GaugeCode, Seq) is its natural key.</summary>
[GenerateSerializer, Immutable, Alias("AmbonCC.RiverGauges.GaugeReadingRow")]
public sealed record GaugeReadingRow(
    [property: Id(0)] string GaugeCode,
    [property: Id(1)] long Seq,
    [property: Id(2)] DateTimeOffset ObservedAt,
    [property: Id(3)] double LevelCm,
    [property: Id(4)] double? RainfallMm);

/// <summary>A stored reading with the time the ledger committed it.</summary>
[GenerateSerializer, Immutable, Alias("AmbonCC.RiverGauges.StoredGaugeReading")]
public sealed record StoredGaugeReading([property: Id(0)] GaugeReadingRow Reading, [property: Id(1)] DateTimeOffset ReceivedAt);

/// <summary>One downsampling bucket: figures over the readings observed in [Start, Start + bucket).</summary>
[GenerateSerializer, Immutable, Alias("AmbonCC.RiverGauges.GaugeReadingBucket")]
public sealed record GaugeReadingBucket(
    [property: Id(0)] DateTimeOffset Start,
    [property: Id(1)] double MinLevelCm,
    [property: Id(2)] double MaxLevelCm,
    [property: Id(3)] double AvgLevelCm,
    [property: Id(4)] double LastLevelCm,
    [property: Id(5)] int Count,
    [property: Id(6)] double? RainfallMm);
