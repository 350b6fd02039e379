namespace AmbonCC.Cameras;

/// <summary>A camera's latest picture as stored.</summary>
[GenerateSerializer, Immutable, Alias("AmbonCC.Cameras.StoredSnapshot")]
public sealed record StoredSnapshot(
    [property: Id(0)] string CameraCode,
    [property: Id(1)] DateTimeOffset TakenAt,
    [property: Id(2)] string Sha256,
    [property: Id(3)] byte[] Image);

/// <summary>
/// The cameras' latest pictures, kept in the deployment's database (not grain state). The web process stores and
/// serves them through this contract, never from the table. A stateless worker; use key <see cref="Any"/>.
/// </summary>
[Alias("AmbonCC.Cameras.ICameraSnapshotGrain")]
public interface ICameraSnapshotGrain : IGrainWithIntegerKey
{
    /// <summary>The key to call: every activation serves every camera.</summary>
    public const long Any = 0;

    /// <summary>Stores the picture unless a newer one is already held; returns whether it was stored.</summary>
    [Alias("Save")]
    Task<bool> SaveAsync(StoredSnapshot snapshot);

    [Alias("Read")]
    Task<StoredSnapshot?> ReadAsync(string cameraCode);
}
