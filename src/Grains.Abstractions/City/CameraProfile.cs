namespace AmbonCC.City;

/// <summary>What a camera watches, which decides who acts on what it sees.</summary>
public enum CameraCategory
{
    /// <summary>Traffic on a road or junction (Dishub).</summary>
    Road,

    /// <summary>A river basin, for flood anticipation (PUPR, BPBD).</summary>
    River,

    /// <summary>A TPS/TPA garbage site: illegal dumping and overflow (DLHP).</summary>
    Waste,

    /// <summary>A public building or square.</summary>
    PublicBuilding,
}

/// <summary>The fixed description of a CCTV point; health and incidents live in the camera grain.</summary>
/// <param name="Code">Stable camera code, the grain key, e.g. <c>CCTV-RD-01</c>.</param>
/// <param name="SiteName">Road, river or site the camera looks at, e.g. <c>Jl. Pattimura</c>.</param>
/// <param name="OpdCode">The OPD that owns follow-up of what this camera shows.</param>
/// <param name="SnapshotUrl">Where the VMS serves the camera's still picture (HTTP), when it does.</param>
/// <param name="VmsId">The video management system that records this camera; its key (<c>vms:NAME</c>) speaks for it.</param>
/// <param name="RetentionDays">How long the VMS keeps footage; a legal hold keeps a window longer.</param>
[GenerateSerializer, Immutable, Alias("ambon.city.CameraProfile")]
public sealed record CameraProfile(
    [property: Id(0)] string Code,
    [property: Id(1)] string Name,
    [property: Id(2)] CameraCategory Category,
    [property: Id(3)] string SiteName,
    [property: Id(4)] string KelurahanCode,
    [property: Id(5)] double Latitude,
    [property: Id(6)] double Longitude,
    [property: Id(7)] string StreamUrl,
    [property: Id(8)] string OpdCode,
    [property: Id(9)] string? SnapshotUrl = null,
    [property: Id(10)] string? VmsId = null,
    [property: Id(11)] int RetentionDays = 14);
