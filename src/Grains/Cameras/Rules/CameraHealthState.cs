namespace AmbonCC.Cameras;

/// <summary>The last picture hash of one source (heartbeat or uploaded snapshot) and since when it has not changed.</summary>
[GenerateSerializer, Alias("ambon.cameras.HashTrack")]
public sealed class HashTrack
{
    [Id(0)] public string? Hash { get; set; }

    [Id(1)] public DateTimeOffset Since { get; set; }

    [Id(2)] public DateTimeOffset LastSeen { get; set; }

    /// <summary>Takes a hash observed at a time; an older observation than the last is ignored.</summary>
    public void Observe(string hash, DateTimeOffset at)
    {
        if (Hash is not null && at < LastSeen)
        {
            return;
        }

        if (!string.Equals(hash, Hash, StringComparison.Ordinal))
        {
            Hash = hash;
            Since = at;
        }

        LastSeen = at;
    }

    public bool UnchangedFor(TimeSpan span) => Hash is not null && LastSeen - Since >= span;
}

/// <summary>What the health rules remember of a camera; stored in the camera grain's state.</summary>
[GenerateSerializer, Alias("ambon.cameras.CameraHealthState")]
public sealed class CameraHealthState
{
    /// <summary>Server time of the last heartbeat; null: never reported (unknown).</summary>
    [Id(0)] public DateTimeOffset? LastReceivedAt { get; set; }

    [Id(1)] public DateTimeOffset? LastObservedAt { get; set; }

    [Id(2)] public double? Fps { get; set; }

    [Id(3)] public bool? Recording { get; set; }

    [Id(4)] public HashTrack HeartbeatHash { get; set; } = new();

    [Id(5)] public HashTrack SnapshotHash { get; set; } = new();

    [Id(6)] public CameraConditions Conditions { get; set; }

    /// <summary>Uptime is counted up to here.</summary>
    [Id(7)] public DateTimeOffset? AccruedTo { get; set; }

    /// <summary>Oldest first, bounded.</summary>
    [Id(8)] public List<UptimeDay> Uptime { get; set; } = [];
}
