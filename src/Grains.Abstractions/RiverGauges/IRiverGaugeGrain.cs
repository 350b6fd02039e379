using AmbonCC.City;

namespace AmbonCC.RiverGauges;

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
}
