using AmbonCC.RiverGauges;
using AmbonCC.Warnings.Cap;

namespace AmbonCC.Warnings;

/// <summary>Which way the water is going, as told in a warning.</summary>
[GenerateSerializer, Alias("AmbonCC.Warnings.FloodTrend")]
public enum FloodTrend { Rising, Steady, Falling }

/// <summary>A kelurahan (or desa/negeri) a warning covers: its Kemendagri code and, when known, its outline.</summary>
[GenerateSerializer, Immutable, Alias("AmbonCC.Warnings.AffectedKelurahan")]
public sealed record AffectedKelurahan(
    [property: Id(0)] string Name,
    [property: Id(1)] string KemendagriCode,
    [property: Id(2)] CapPolygon? Polygon = null,
    [property: Id(3)] CapPoint? Centroid = null);

/// <summary>
/// What a flood warning says, before it becomes CAP: the alert's identity and the observed facts. The warning
/// grain keeps it so that Update and Cancel can be written from the same facts.
/// </summary>
[GenerateSerializer, Immutable, Alias("AmbonCC.Warnings.FloodWarningFacts")]
public sealed record FloodWarningFacts
{
    [Id(0)] public required string Identifier { get; init; }

    /// <summary>E.g. "diskominfosandi@ambon.go.id".</summary>
    [Id(1)] public required string Sender { get; init; }

    [Id(2)] public required DateTimeOffset Sent { get; init; }

    [Id(3)] public CapStatus Status { get; init; } = CapStatus.Actual;

    [Id(4)] public CapMsgType MsgType { get; init; } = CapMsgType.Alert;

    /// <summary>The alerts this one updates or cancels (required for Update and Cancel).</summary>
    [Id(5)] public IReadOnlyList<CapReference> References { get; init; } = [];

    [Id(6)] public required string RiverName { get; init; }

    [Id(7)] public required string GaugeCode { get; init; }

    [Id(8)] public required string GaugeName { get; init; }

    [Id(9)] public required SiagaLevel Level { get; init; }

    [Id(10)] public required double LevelCm { get; init; }

    [Id(11)] public required FloodTrend Trend { get; init; }

    /// <summary>Rate of rise in cm per 10 minutes, when known.</summary>
    [Id(12)] public double? RateCmPer10Min { get; init; }

    [Id(13)] public required DateTimeOffset ObservedAt { get; init; }

    [Id(14)] public required IReadOnlyList<AffectedKelurahan> Kelurahan { get; init; }

    /// <summary>How long the warning stands unless updated; <c>expires</c> = sent + this.</summary>
    [Id(15)] public TimeSpan ValidFor { get; init; } = TimeSpan.FromHours(6);

    [Id(16)] public string SenderName { get; init; } = "Pemerintah Kota Ambon – Command Center";

    /// <summary>Public page about the warning.</summary>
    [Id(17)] public string? Web { get; init; }

    /// <summary>A public contact (an office, never a person's private number).</summary>
    [Id(18)] public string? Contact { get; init; }

    /// <summary>CAP <c>incidents</c>: the incident id, so all messages about one flood collate.</summary>
    [Id(19)] public string? IncidentId { get; init; }

    /// <summary>What the city's time zone is called in the text, e.g. "WIT"; times are written at their own offset.</summary>
    [Id(20)] public string TimeZoneLabel { get; init; } = "WIT";
}
