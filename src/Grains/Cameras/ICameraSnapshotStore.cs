namespace AmbonCC.Cameras;

/// <summary>
/// The latest picture of each camera, kept in the deployment's database (not grain state: pictures are large and
/// grain state is rewritten whole on every write). Only the newest picture per camera is kept.
/// </summary>
internal interface ICameraSnapshotStore
{
    /// <summary>Stores the picture unless a newer one is already held; returns whether it was stored.</summary>
    Task<bool> SaveAsync(StoredSnapshot snapshot, CancellationToken cancellationToken = default);

    Task<StoredSnapshot?> ReadAsync(string cameraCode, CancellationToken cancellationToken = default);
}
