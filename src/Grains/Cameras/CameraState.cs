using AmbonCC.City;

namespace AmbonCC.Cameras;

/// <summary>Persisted camera state; new fields take new ids.</summary>
[GenerateSerializer, Alias("ambon.cameras.CameraState")]
public sealed class CameraState
{
    [Id(0)] public CameraProfile? Profile { get; set; }

    [Id(1)] public CameraHealthState Health { get; set; } = new();

    [Id(2)] public SnapshotInfo? Snapshot { get; set; }

    /// <summary>Oldest first, bounded.</summary>
    [Id(3)] public List<CameraTimelineEntry> Timeline { get; set; } = [];

    /// <summary>Analytics event ids already taken (see <see cref="CameraEventRules.IsDuplicate"/>).</summary>
    [Id(4)] public List<EventMemo> Events { get; set; } = [];

    /// <summary>Alarm work acknowledged to the caller but not yet done; survives a crash, done in order.</summary>
    [Id(5)] public List<CameraReaction> PendingReactions { get; set; } = [];

    /// <summary>Newest first, bounded.</summary>
    [Id(6)] public List<string> IncidentIds { get; set; } = [];

    /// <summary>Relevant events still going on: event id → label (an alarm clears when its label has none left).</summary>
    [Id(7)] public Dictionary<string, string> ActiveEvents { get; set; } = new(StringComparer.Ordinal);
}

/// <summary>One alarm to raise or clear after the answer; exactly one of <c>Raise</c> and <c>ClearReason</c> is set.</summary>
[GenerateSerializer, Immutable, Alias("ambon.cameras.CameraReaction")]
public sealed record CameraReaction(
    [property: Id(0)] string AlarmType,
    [property: Id(1)] AmbonCC.Incidents.AlarmRaise? Raise,
    [property: Id(2)] string? ClearReason,
    [property: Id(3)] DateTimeOffset At);
