using AmbonCC.RiverGauges;

namespace AmbonCC.Web.Map;

/// <summary>
/// The map's markers, projected from a <see cref="CityPicture"/>. Only positions, names of public things, states and
/// links: a complaint shows its tracking id and category, never its text or its reporter.
/// </summary>
public static class MapItems
{
    public static string CameraId(string code) => "camera:" + code;
    public static string GaugeId(string code) => "gauge:" + code;
    public static string TaxId(string kelurahanCode) => "tax:" + kelurahanCode;
    public static string ComplaintId(string id) => "complaint:" + id;
    public static string IncidentId(string id) => "incident:" + id;

    public static IEnumerable<MapItem> All(CityPicture picture, DateTimeOffset now)
    {
        var ids = picture.Cameras.Keys.Select(CameraId)
            .Concat(picture.Gauges.Keys.Select(GaugeId))
            .Concat(picture.Terminals.Values.Select(t => t.Status.KelurahanCode).Distinct().Select(TaxId))
            .Concat(picture.Complaints.Keys.Select(ComplaintId))
            .Concat(picture.Incidents.Keys.Select(IncidentId));
        return ids.Select(id => Item(picture, id, now)).OfType<MapItem>();
    }

    /// <summary>The marker for an id as the picture holds it now; null when it has left the map.</summary>
    public static MapItem? Item(CityPicture picture, string id, DateTimeOffset now)
    {
        var split = id.IndexOf(':', StringComparison.Ordinal);
        var (kind, key) = (id[..split], id[(split + 1)..]);
        return kind switch
        {
            "camera" => picture.Cameras.TryGetValue(key, out var c)
                ? new MapItem(id, MapLayers.Cameras, c.Latitude, c.Longitude, c.Name, MapStyle.Camera(c.Health), "Camera." + c.Health, [], "/cameras/" + Uri.EscapeDataString(c.Code))
                : null,
            "gauge" => picture.Gauges.TryGetValue(key, out var g)
                ? new MapItem(id, MapLayers.Gauges, g.Latitude, g.Longitude, $"{g.Name} · {g.RiverName}", MapStyle.Gauge(g.Band, g.Stale),
                    g.Stale ? "Gauge.Stale" : "Gauge.Band", [Number(g.Band.Number()), g.Band.IndonesianName(), g.LevelCm is { } cm ? cm.ToString("0", Invariant) : "–"],
                    "/rivers?gauge=" + Uri.EscapeDataString(g.Code))
                : null,
            "tax" => TaxMapAdapter.Cluster(id, key, picture, now),
            "complaint" => picture.Complaints.TryGetValue(key, out var p) && p.Latitude is { } lat && p.Longitude is { } lon
                ? new MapItem(id, MapLayers.Complaints, lat, lon, $"{p.Id} · {p.Category}",
                    MapStyle.Complaint(p.Status, p.Deadline?.Overdue == true), p.Deadline?.Overdue == true ? "Complaint.Overdue" : "Complaint." + p.Status, [],
                    "/complaints/" + Uri.EscapeDataString(p.Id))
                : null,
            "incident" => picture.Incidents.TryGetValue(key, out var i) && Place(picture, i) is { } at
                ? new MapItem(id, MapLayers.Incidents, at.Latitude, at.Longitude, i.Title, MapStyle.Incident(i.Severity),
                    "Incident." + MapStyle.SeverityName(i.Severity), [Number(i.UnacknowledgedAlarms)], "/incidents")
                : null,
            _ => null,
        };
    }

    private static readonly System.Globalization.CultureInfo Invariant = System.Globalization.CultureInfo.InvariantCulture;

    private static string Number(int n) => n.ToString(Invariant);

    /// <summary>
    /// Where an incident stands: its own point (from the alarm area of the source that raised it), else the inner
    /// point of its first known kelurahan; null (not drawn) when it has neither.
    /// </summary>
    public static (double Latitude, double Longitude)? Place(CityPicture picture, AmbonCC.Incidents.IncidentSummary incident)
    {
        if (incident is { Latitude: { } lat, Longitude: { } lon })
        {
            return (lat, lon);
        }

        foreach (var code in incident.KelurahanCodes.IsDefault ? [] : incident.KelurahanCodes)
        {
            if (picture.Kelurahan.TryGetValue(code, out var k))
            {
                return (k.Latitude, k.Longitude);
            }
        }

        return null;
    }
}
