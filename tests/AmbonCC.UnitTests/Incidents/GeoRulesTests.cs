using AmbonCC.City;
using AmbonCC.Incidents;

namespace AmbonCC.UnitTests.Incidents;

public sealed class GeoRulesTests
{
    [Fact]
    public void One_degree_of_latitude_is_about_111_km() =>
        Assert.InRange(GeoRules.DistanceMeters(-3.0, 128.0, -4.0, 128.0), 111_000, 111_400);

    [Fact]
    public void The_same_point_is_zero_and_distance_is_symmetric()
    {
        Assert.Equal(0, GeoRules.DistanceMeters(-3.6954, 128.1814, -3.6954, 128.1814), 6);
        Assert.Equal(
            GeoRules.DistanceMeters(-3.6954, 128.1814, -3.7100, 128.2000),
            GeoRules.DistanceMeters(-3.7100, 128.2000, -3.6954, 128.1814), 6);
    }

    [Fact]
    public void A_known_distance_in_Ambon_is_right_within_a_few_metres()
    {
        // 0.01° of longitude at 3.7° S: 2πR/360 · 0.01 · cos(3.7°) ≈ 1,109.6 m.
        Assert.InRange(GeoRules.DistanceMeters(-3.7, 128.18, -3.7, 128.19), 1_105, 1_115);
    }

    [Fact]
    public void Only_river_cameras_within_the_radius_are_near_nearest_first()
    {
        CameraProfile Camera(string code, CameraCategory category, double lat, double lon) =>
            new(code, code, category, "site", "81.71.02.1003", lat, lon, "rtsp://x", "PUPR");
        var cameras = new[]
        {
            Camera("FAR", CameraCategory.River, -3.70, 128.20),      // ~2.2 km
            Camera("ROAD", CameraCategory.Road, -3.6955, 128.1815),  // close, wrong category
            Camera("NEAR", CameraCategory.River, -3.6960, 128.1820), // ~90 m
            Camera("MID", CameraCategory.River, -3.7000, 128.1900),  // ~1.1 km
        };

        var near = GeoRules.CamerasNear(cameras, -3.6954, 128.1814, CameraCategory.River, GeoRules.NearbyCameraMeters);

        Assert.Equal(["NEAR", "MID"], near.Select(c => c.Code));
    }
}
