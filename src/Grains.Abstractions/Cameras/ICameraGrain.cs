using AmbonCC.City;

namespace AmbonCC.Cameras;

/// <summary>One CCTV point; key: camera code (<see cref="CameraProfile.Code"/>).</summary>
[Alias("ambon.cameras.ICameraGrain")]
public interface ICameraGrain : IGrainWithStringKey
{
    /// <summary>Stores the profile. Idempotent: returns false when the same profile was already stored.</summary>
    /// <exception cref="ArgumentException">The profile's code is not this grain's key.</exception>
    [Alias("Register")]
    Task<bool> RegisterAsync(CameraProfile profile);

    /// <summary>The registered profile, or null for a camera that was never registered.</summary>
    [Alias("GetProfile")]
    Task<CameraProfile?> GetProfileAsync();
}
