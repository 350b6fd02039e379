using AmbonCC.Live;

namespace AmbonCC.RiverGauges;

/// <summary>A gauge's row after a reading: what the map and the table show. Only the latest one matters.</summary>
[GenerateSerializer, Immutable, Alias("AmbonCC.RiverGauges.GaugeLevelChanged")]
public sealed record GaugeLevelChanged(
    [property: Id(0)] string Code,
    [property: Id(1)] SiagaLevel Band,
    [property: Id(2)] double? LevelCm,
    [property: Id(3)] DateTimeOffset? ObservedAt,
    [property: Id(4)] double? RateCmPer10Min,
    [property: Id(5)] bool RiseAlarm,
    [property: Id(6)] bool Stale,
    [property: Id(7)] DateTimeOffset At) : IRiverEvent
{
    public string SubjectId => Code;

    public string Kind => "reading";

    public static GaugeLevelChanged From(GaugeStatus s, DateTimeOffset at) =>
        new(s.Code, s.Band, s.LevelCm, s.ObservedAt, s.RateCmPer10Min, s.RiseAlarm, s.Stale, at);

    /// <summary>
    /// Folds this into a row. A reading older than the row's is ignored: a snapshot loaded after subscribing may
    /// already contain it.
    /// </summary>
    public GaugeStatus ApplyTo(GaugeStatus status) =>
        ObservedAt is { } at && status.ObservedAt is { } known && at < known
            ? status
            : status with { Band = Band, LevelCm = LevelCm, ObservedAt = ObservedAt ?? status.ObservedAt, RateCmPer10Min = RateCmPer10Min, RiseAlarm = RiseAlarm, Stale = Stale };
}

/// <summary>A gauge's rules changed: the whole new status, thresholds and band included.</summary>
[GenerateSerializer, Immutable, Alias("AmbonCC.RiverGauges.GaugeThresholdsChanged")]
public sealed record GaugeThresholdsChanged(
    [property: Id(0)] GaugeStatus Status,
    [property: Id(1)] DateTimeOffset At) : IRiverEvent
{
    public string SubjectId => Status.Code;

    public string Kind => "thresholds";
}
