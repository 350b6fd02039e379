using System.Collections.Immutable;
using AmbonCC.City;

namespace AmbonCC.Silo.Seed;

internal sealed partial class DemoCity
{
    /// <summary>The article's count of CCTV points.</summary>
    public const int CameraCount = 32;

    /// <summary>The video management system that records the demo cameras (its key subject is <c>vms:ambon-vms</c>).</summary>
    public const string DemoVms = "ambon-vms";

    // River cameras watch the main rivers at their gauge points and waste cameras every active site; roads
    // fill the remaining places, so the total stays at the article's 32 whatever the json adds.
    private static ImmutableArray<CameraProfile> BuildCameras(SeedContext city)
    {
        var random = new Random(3201);
        var pupr = city.RequireOpd("PUPR");
        var dlhp = city.RequireOpd("DLHP");
        var dishub = city.RequireOpd("DISHUB");
        var cameras = new List<CameraProfile>();

        var riverPoints = city.MainRivers.SelectMany(r => r.GaugePoints.Select(p => (River: r.Name, Point: p))).ToList();
        for (var i = 0; i < riverPoints.Count; i++)
        {
            var (river, point) = riverPoints[i];
            var kelurahan = city.KelurahanOf(point);
            cameras.Add(Camera($"CCTV-RV-{i + 1:00}", $"{river} – {kelurahan.Name}", CameraCategory.River, river, kelurahan, point, pupr));
        }

        var wasteSites = city.Geo.WasteSites.Where(w => w.IsActive).ToList();
        for (var i = 0; i < wasteSites.Count; i++)
        {
            var site = wasteSites[i];
            var kelurahan = city.KelurahanOf(site.Location);
            cameras.Add(Camera($"CCTV-WS-{i + 1:00}", site.Name, CameraCategory.Waste, site.Name, kelurahan, site.Location, dlhp));
        }

        var roadSlots = CameraCount - cameras.Count;
        var roadPoints = PickRoadPoints(city.Geo.Roads, roadSlots, random);
        for (var i = 0; i < roadPoints.Count; i++)
        {
            var (road, point) = roadPoints[i];
            var kelurahan = city.KelurahanOf(point);
            cameras.Add(Camera($"CCTV-RD-{i + 1:00}", $"{road} – {kelurahan.Name}", CameraCategory.Road, road, kelurahan, point, dishub));
        }

        return [.. cameras];
    }

    /// <summary>
    /// One point per road first (coverage of the network beats a second camera on the same street), drawn
    /// at random when there are more roads than slots, then kept in the json's order for readable codes.
    /// </summary>
    private static List<(string Road, GeoPoint Point)> PickRoadPoints(List<GeoRoad> roads, int slots, Random random)
    {
        var firstPoints = roads
            .Select((road, order) => (Order: order, Road: road.Name, Point: road.CctvPoints.FirstOrDefault()))
            .Where(x => x.Point is not null)
            .ToList();
        var extraPoints = roads
            .SelectMany((road, order) => road.CctvPoints.Skip(1).Select(p => (Order: order, Road: road.Name, Point: (GeoPoint?)p)))
            .ToList();
        if (firstPoints.Count + extraPoints.Count < slots)
        {
            throw new InvalidDataException($"ambon-geo.json has too few road CCTV points for {slots} road cameras.");
        }

        var chosen = firstPoints.Count >= slots
            ? firstPoints.OrderBy(_ => random.Next()).Take(slots)
            : firstPoints.Concat(extraPoints.OrderBy(_ => random.Next()).Take(slots - firstPoints.Count));
        return chosen.OrderBy(x => x.Order).Select(x => (x.Road, x.Point!)).ToList();
    }

    private static CameraProfile Camera(
        string code, string name, CameraCategory category, string site, Kelurahan kelurahan, GeoPoint point, string opd)
    {
        // Private addresses in the style of the city's camera VLAN: one /24 per category, one host per camera.
        var number = int.Parse(code[^2..], System.Globalization.CultureInfo.InvariantCulture);
        var stream = $"rtsp://10.71.{(int)category + 1}.{number + 10}:554/Streaming/Channels/101";
        // One VMS for the demo city (the center's own); its key speaks for every camera it records.
        var snapshot = $"http://10.71.{(int)category + 1}.{number + 10}/ISAPI/Streaming/channels/101/picture";
        return new CameraProfile(code, name, category, site, kelurahan.Code, Round(point.Lat), Round(point.Lon), stream, opd,
            snapshot, DemoVms, RetentionDays: 14);
    }
}
