using System.Collections.Immutable;
using AmbonCC.Platform;
using AmbonCC.RiverGauges;

namespace AmbonCC.City;

/// <summary>The fixed description of a water-level gauge (pos duga air); readings live in the gauge grain.</summary>
/// <param name="Code">Stable gauge code, the grain key, e.g. <c>PDA-BATUMERAH-1</c>.</param>
/// <param name="KelurahanCode">Where the gauge stands.</param>
/// <param name="DownstreamKelurahanCodes">
/// The gauge's own kelurahan and those below it on the river, upstream to downstream: who a warning is for.
/// </param>
[GenerateSerializer, Immutable, Alias("ambon.city.GaugeProfile")]
public sealed record GaugeProfile(
    [property: Id(0)] string Code,
    [property: Id(1)] string Name,
    [property: Id(2)] string RiverName,
    [property: Id(3)] string KelurahanCode,
    [property: Id(4)] double Latitude,
    [property: Id(5)] double Longitude,
    [property: Id(6)] ImmutableArray<string> DownstreamKelurahanCodes,
    [property: Id(7)] GaugeThresholds Thresholds)
    // Thresholds here are the gauge's initial configuration; the gauge grain keeps the current, audited ones.
{
    // ImmutableArray compares by reference; a profile that came over the wire must still equal the
    // seed's, or idempotent registration would rewrite state on every run.
    public bool Equals(GaugeProfile? other) =>
        other is not null
        && Code == other.Code && Name == other.Name && RiverName == other.RiverName
        && KelurahanCode == other.KelurahanCode
        && Latitude.Equals(other.Latitude) && Longitude.Equals(other.Longitude)
        && DownstreamKelurahanCodes.SequenceEqual(other.DownstreamKelurahanCodes)
        && Thresholds == other.Thresholds;

    /// <summary>Most kelurahan a gauge can warn; the longest river of the city crosses far fewer.</summary>
    public const int MaxDownstream = 50;

    /// <summary>Throws <see cref="ArgumentException"/> naming the JSON field when a text is over its limit.</summary>
    public void ValidateText()
    {
        TextLimits.Require(Code, TextLimits.Code, "code");
        TextLimits.Require(Name, TextLimits.Name, "name");
        TextLimits.Require(RiverName, TextLimits.Name, "riverName");
        TextLimits.Require(KelurahanCode, TextLimits.Code, "kelurahanCode");
        if (DownstreamKelurahanCodes.IsDefault || DownstreamKelurahanCodes.Length > MaxDownstream
            || DownstreamKelurahanCodes.Any(k => k is null || k.Length > TextLimits.Code))
        {
            throw new ArgumentException($"At most {MaxDownstream} kelurahan codes.", "downstreamKelurahanCodes");
        }
    }

    public override int GetHashCode() => HashCode.Combine(Code, RiverName, KelurahanCode, Thresholds);
}
