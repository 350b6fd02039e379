using Orleans.Concurrency;

namespace AmbonCC.Cameras;

/// <summary>Stores and serves the cameras' latest pictures from the snapshot table; stateless, so it spreads over cores.</summary>
[StatelessWorker]
internal sealed class CameraSnapshotGrain(ICameraSnapshotStore store) : Grain, ICameraSnapshotGrain
{
    public Task<bool> SaveAsync(StoredSnapshot snapshot) => store.SaveAsync(snapshot);

    public Task<StoredSnapshot?> ReadAsync(string cameraCode) => store.ReadAsync(cameraCode);
}
