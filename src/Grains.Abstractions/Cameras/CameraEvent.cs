namespace AmbonCC.Cameras;

/// <summary>Frigate's event lifecycle: an object appears, changes, leaves.</summary>
public enum CameraEventType
{
    New,
    Update,
    End,
}

/// <summary>An analytics event as the VMS (Frigate's shape) reports it, validated.</summary>
/// <param name="Id">The VMS's event id: the idempotency key together with the type and content.</param>
/// <param name="Label">e.g. traffic_jam, flood_water, garbage_overflow, illegal_dumping, crowd, accident.</param>
/// <param name="Score">0..1 confidence.</param>
[GenerateSerializer, Immutable, Alias("ambon.cameras.CameraEvent")]
public sealed record CameraEvent(
    [property: Id(0)] CameraEventType Type,
    [property: Id(1)] string Id,
    [property: Id(2)] string Label,
    [property: Id(3)] double Score,
    [property: Id(4)] IReadOnlyList<string> Zones,
    [property: Id(5)] DateTimeOffset StartTime,
    [property: Id(6)] DateTimeOffset? EndTime,
    [property: Id(7)] bool HasSnapshot);

/// <summary>What the camera did with an event.</summary>
public enum CameraEventOutcome
{
    /// <summary>Seen before (same id, type and content): nothing changed.</summary>
    Duplicate,

    /// <summary>A label or score that does not matter for this camera's category: recorded on the timeline only.</summary>
    Ignored,

    /// <summary>Relevant: an alarm (and incident) is raised, updated or, for an end, cleared after the answer.</summary>
    Accepted,
}

[GenerateSerializer, Immutable, Alias("ambon.cameras.CameraEventResult")]
public sealed record CameraEventResult(
    [property: Id(0)] string EventId,
    [property: Id(1)] CameraEventOutcome Outcome);
