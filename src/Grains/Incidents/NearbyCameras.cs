using AmbonCC.Cameras;
using AmbonCC.City;
using AmbonCC.Platform;

namespace AmbonCC.Incidents;

/// <summary>Finds river cameras near a point through the directory's camera index and each camera's profile.</summary>
internal static class NearbyCameras
{
    public static async Task<IReadOnlyList<CameraProfile>> FindAsync(
        IGrainFactory grains, double latitude, double longitude,
        CameraCategory category = CameraCategory.River, double radiusMeters = GeoRules.NearbyCameraMeters)
    {
        var codes = await grains.GetGrain<ICityDirectoryGrain>(CityKeys.City).GetIndexAsync(CityIndexKind.Camera);
        var profiles = await Task.WhenAll(codes.Select(code => grains.GetGrain<ICameraGrain>(code).GetProfileAsync()));
        return GeoRules.CamerasNear(profiles.OfType<CameraProfile>(), latitude, longitude, category, radiusMeters);
    }
}
