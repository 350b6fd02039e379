namespace AmbonCC.Cameras;

/// <summary>What operators see on a camera's tile; the worst condition that holds wins.</summary>
public enum CameraHealth
{
    /// <summary>Never reported: not counted as online.</summary>
    Unknown,
    Online,

    /// <summary>Online, but the VMS says it is not recording.</summary>
    NotRecording,

    /// <summary>The picture has not changed for the configured time while the stream claims frames: as bad as offline.</summary>
    Frozen,

    /// <summary>No heartbeat for the configured silence.</summary>
    Offline,
}

/// <summary>The conditions a camera can be in at once; each is an alarm of its own.</summary>
[Flags]
public enum CameraConditions
{
    None = 0,
    Offline = 1,
    Frozen = 2,
    NotRecording = 4,
}

/// <summary>A heartbeat as the camera or its VMS sends it, validated.</summary>
/// <param name="ObservedAt">When the camera observed this (its clock).</param>
/// <param name="Fps">Frames per second the stream delivers now.</param>
/// <param name="SnapshotHash">A hash of the current picture; unchanged for long while fps &gt; 0 means frozen.</param>
[GenerateSerializer, Immutable, Alias("ambon.cameras.CameraHeartbeat")]
public sealed record CameraHeartbeat(
    [property: Id(0)] DateTimeOffset ObservedAt,
    [property: Id(1)] double Fps,
    [property: Id(2)] string? SnapshotHash,
    [property: Id(3)] bool Recording);

/// <summary>The latest picture the center holds of a camera (the bytes live in the snapshot store).</summary>
[GenerateSerializer, Immutable, Alias("ambon.cameras.SnapshotInfo")]
public sealed record SnapshotInfo(
    [property: Id(0)] string Sha256,
    [property: Id(1)] DateTimeOffset TakenAt,
    [property: Id(2)] int Bytes);

/// <summary>Online share of one WIT day, counted over the time the camera's state was known.</summary>
[GenerateSerializer, Immutable, Alias("ambon.cameras.UptimeDay")]
public sealed record UptimeDay(
    [property: Id(0)] DateOnly Day,
    [property: Id(1)] double OnlineSeconds,
    [property: Id(2)] double KnownSeconds)
{
    /// <summary>0..1, or null when nothing was known that day.</summary>
    public double? Share => KnownSeconds > 0 ? OnlineSeconds / KnownSeconds : null;
}

/// <summary>One line of a camera's own timeline (health changes, events, evidence steps).</summary>
/// <param name="Kind">A stable code (<c>offline</c>, <c>event</c>, <c>evidence-approved</c>...): the reader's language renders it with <paramref name="Args"/>.</param>
/// <param name="Text">The line in Bahasa Indonesia, for API readers and for lines stored before codes had arguments.</param>
/// <param name="Args">The values the code's text needs (ids, names, labels, ISO-8601 times), in a fixed order per code.</param>
[GenerateSerializer, Immutable, Alias("ambon.cameras.CameraTimelineEntry")]
public sealed record CameraTimelineEntry(
    [property: Id(0)] DateTimeOffset At,
    [property: Id(1)] string Kind,
    [property: Id(2)] string Text,
    [property: Id(3)] IReadOnlyList<string>? Args = null);

/// <summary>A camera as the wall and the API show it.</summary>
/// <param name="LastHeartbeatAt">When the center last received a heartbeat (server time), null when never.</param>
/// <param name="IncidentIds">Incidents this camera's alarms opened or joined, newest first.</param>
[GenerateSerializer, Immutable, Alias("ambon.cameras.CameraStatus")]
public sealed record CameraStatus(
    [property: Id(0)] string Code,
    [property: Id(1)] string Name,
    [property: Id(2)] AmbonCC.City.CameraCategory Category,
    [property: Id(3)] string KelurahanCode,
    [property: Id(4)] CameraHealth Health,
    [property: Id(5)] CameraConditions Conditions,
    [property: Id(6)] DateTimeOffset? LastHeartbeatAt,
    [property: Id(7)] double? Fps,
    [property: Id(8)] bool? Recording,
    [property: Id(9)] SnapshotInfo? Snapshot,
    [property: Id(10)] IReadOnlyList<string> IncidentIds,
    [property: Id(11)] IReadOnlyList<UptimeDay> Uptime);
