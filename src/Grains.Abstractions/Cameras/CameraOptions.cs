namespace AmbonCC.Cameras;

/// <summary>The <c>AmbonCC:Cameras</c> section: health thresholds, which analytics labels matter, snapshot limits.</summary>
public sealed class CameraOptions
{
    public const string Section = "AmbonCC:Cameras";

    /// <summary>No heartbeat for this long: offline (ThingsBoard's default inactivity is 600 s; the city wants 2 minutes).</summary>
    public double OfflineAfterSeconds { get; set; } = 120;

    /// <summary>The same picture for this long while the stream claims frames: frozen.</summary>
    public double FrozenAfterSeconds { get; set; } = 600;

    /// <summary>Largest snapshot accepted (bytes).</summary>
    public int MaxSnapshotBytes { get; set; } = 512 * 1024;

    /// <summary>
    /// Per camera category (Road, River, Waste, PublicBuilding), the labels that open an incident and the lowest
    /// score that counts. A label not listed for a category is recorded on the camera's timeline only.
    /// </summary>
    public Dictionary<string, Dictionary<string, double>> Labels { get; set; } = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Road"] = new(StringComparer.Ordinal) { ["traffic_jam"] = 0.7, ["accident"] = 0.6, ["crowd"] = 0.8 },
        ["River"] = new(StringComparer.Ordinal) { ["flood_water"] = 0.6, ["illegal_dumping"] = 0.7 },
        ["Waste"] = new(StringComparer.Ordinal) { ["garbage_overflow"] = 0.6, ["illegal_dumping"] = 0.6 },
        ["PublicBuilding"] = new(StringComparer.Ordinal) { ["crowd"] = 0.8, ["accident"] = 0.6 },
    };

    /// <summary>
    /// The VMS's live viewer per camera, <c>{code}</c> replaced by the camera code (e.g. Frigate's MJPEG at
    /// <c>http://frigate:5000/api/{code}</c>); empty: the camera page links the profile's stream URL only.
    /// </summary>
    public string ViewerUrlTemplate { get; set; } = "";

    public TimeSpan OfflineAfter => TimeSpan.FromSeconds(OfflineAfterSeconds);

    public TimeSpan FrozenAfter => TimeSpan.FromSeconds(FrozenAfterSeconds);
}
