using AmbonCC.City;
using Orleans.Concurrency;

namespace AmbonCC.Cameras;

/// <summary>
/// One CCTV point; key: camera code (<see cref="CameraProfile.Code"/>). Holds the profile, health, the latest
/// snapshot's hash, analytics events and a timeline; health changes and relevant events become alarms on the
/// incident queue after the call that caused them has answered.
/// </summary>
/// <remarks>
/// The reads interleave: an incident that a camera's own alarm opens reads every camera's profile (nearby river
/// cameras) while that camera is still waiting on the alarm; a non-interleaving read would deadlock until the
/// 30 s timeout. They only return the state as it is and never await.
/// </remarks>
[Alias("ambon.cameras.ICameraGrain")]
public interface ICameraGrain : IGrainWithStringKey
{
    /// <summary>Stores the profile. Idempotent: returns false when the same profile was already stored.</summary>
    /// <exception cref="ArgumentException">The profile's code is not this grain's key.</exception>
    [Alias("Register")]
    Task<bool> RegisterAsync(CameraProfile profile);

    /// <summary>The registered profile, or null for a camera that was never registered.</summary>
    [Alias("GetProfile"), AlwaysInterleave]
    Task<CameraProfile?> GetProfileAsync();

    /// <summary>Health, latest snapshot, uptime; null for a camera that was never registered.</summary>
    [Alias("GetStatus"), AlwaysInterleave]
    Task<CameraStatus?> GetStatusAsync();

    /// <summary>Takes a heartbeat. Safe to retry.</summary>
    /// <exception cref="ArgumentException">Unknown camera (parameter <c>code</c>) or an invalid field.</exception>
    [Alias("Heartbeat")]
    Task<CameraStatus> HeartbeatAsync(CameraHeartbeat heartbeat);

    /// <summary>Records that a new picture is stored (its hash also feeds the frozen rule). Safe to retry.</summary>
    [Alias("RecordSnapshot")]
    Task<CameraStatus> RecordSnapshotAsync(SnapshotInfo snapshot);

    /// <summary>Takes an analytics event; idempotent on (id, type, content).</summary>
    [Alias("IngestEvent")]
    Task<CameraEventResult> IngestEventAsync(CameraEvent evt);

    /// <summary>Evaluates health against the clock now (the timer and reminder call this too).</summary>
    [Alias("CheckHealth")]
    Task<CameraStatus?> CheckHealthAsync();

    /// <summary>
    /// Puts a step of an evidence request on this camera's timeline (kind <c>evidence-*</c>, first argument the
    /// evidence id). Idempotent on (kind, evidence id, time): the evidence grain repeats it after a retry.
    /// </summary>
    [Alias("NoteEvidence")]
    Task NoteEvidenceAsync(CameraTimelineEntry entry);

    /// <summary>The camera's timeline, newest first.</summary>
    [Alias("GetTimeline"), AlwaysInterleave]
    Task<IReadOnlyList<CameraTimelineEntry>> GetTimelineAsync();
}
