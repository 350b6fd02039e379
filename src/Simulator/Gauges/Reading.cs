using System.Text.Json.Serialization;

namespace AmbonCC.Simulator.Gauges;

/// <summary>One reading as the ingest API takes it.</summary>
internal sealed record Reading(
    [property: JsonPropertyName("seq")] long Seq,
    [property: JsonPropertyName("observedAt")] DateTimeOffset ObservedAt,
    [property: JsonPropertyName("levelCm")] double LevelCm,
    [property: JsonPropertyName("rainfallMm")] double RainfallMm)
{
    /// <summary>Loggers stamp to the second; the offset is kept (WIT).</summary>
    public static DateTimeOffset Stamp(DateTimeOffset now) =>
        new(now.Ticks - now.Ticks % TimeSpan.TicksPerSecond, now.Offset);
}
