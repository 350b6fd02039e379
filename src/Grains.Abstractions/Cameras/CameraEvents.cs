using AmbonCC.Live;

namespace AmbonCC.Cameras;

/// <summary>
/// A camera's tile after a change (health, heartbeat, picture, incident): the whole row the wall shows.
/// Only the latest one per camera matters.
/// </summary>
[GenerateSerializer, Immutable, Alias("AmbonCC.Cameras.CameraStatusChanged")]
public sealed record CameraStatusChanged(
    [property: Id(0)] CameraStatus Status,
    [property: Id(1)] string Kind,
    [property: Id(2)] DateTimeOffset At) : ICameraEvent
{
    public string SubjectId => Status.Code;
}
