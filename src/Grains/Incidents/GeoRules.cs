using AmbonCC.City;

namespace AmbonCC.Incidents;

/// <summary>Distances on the earth's surface; good to a few metres at Ambon's scale, which is all we need.</summary>
internal static class GeoRules
{
    private const double EarthRadiusMeters = 6_371_008.8; // mean radius (IUGG)

    /// <summary>Radius within which a river camera is worth showing with a river incident.</summary>
    public const double NearbyCameraMeters = 1_500;

    /// <summary>Great-circle distance by the haversine formula.</summary>
    public static double DistanceMeters(double lat1, double lon1, double lat2, double lon2)
    {
        var dLat = ToRadians(lat2 - lat1);
        var dLon = ToRadians(lon2 - lon1);
        var a = Math.Pow(Math.Sin(dLat / 2), 2)
            + Math.Cos(ToRadians(lat1)) * Math.Cos(ToRadians(lat2)) * Math.Pow(Math.Sin(dLon / 2), 2);
        return 2 * EarthRadiusMeters * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    /// <summary>Cameras of a category within a radius of a point, nearest first.</summary>
    public static IReadOnlyList<CameraProfile> CamerasNear(
        IEnumerable<CameraProfile> cameras, double latitude, double longitude, CameraCategory category, double radiusMeters) =>
        [.. cameras
            .Where(c => c.Category == category)
            .Select(c => (Camera: c, Distance: DistanceMeters(latitude, longitude, c.Latitude, c.Longitude)))
            .Where(x => x.Distance <= radiusMeters)
            .OrderBy(x => x.Distance)
            .Select(x => x.Camera)];

    private static double ToRadians(double degrees) => degrees * Math.PI / 180;
}
