using AmbonCC.Cameras;
using AmbonCC.Silo.Database;

namespace AmbonCC.Silo.Cameras;

/// <summary>Keeps each camera's newest picture in the <c>camera_snapshots</c> table (migration 004).</summary>
internal sealed class CameraSnapshotStore(AmbonDatabase database, TimeProvider time) : ICameraSnapshotStore
{
    // An older picture arriving late never replaces a newer one.
    private const string Upsert = """
        INSERT INTO camera_snapshots (camera_code, taken_at, sha256, image, stored_at)
        VALUES (@code, @takenAt, @sha256, @image, @storedAt)
        ON CONFLICT (camera_code) DO UPDATE SET
            taken_at = excluded.taken_at, sha256 = excluded.sha256, image = excluded.image, stored_at = excluded.stored_at
        WHERE camera_snapshots.taken_at < excluded.taken_at
        """;

    public async Task<bool> SaveAsync(StoredSnapshot snapshot, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = Upsert;
        command.Add("@code", snapshot.CameraCode);
        command.Add("@takenAt", DbValues.Time(database.Kind, snapshot.TakenAt));
        command.Add("@sha256", snapshot.Sha256);
        command.Add("@image", snapshot.Image);
        command.Add("@storedAt", DbValues.Time(database.Kind, time.GetUtcNow()));
        return await command.ExecuteNonQueryAsync(cancellationToken) > 0;
    }

    public async Task<StoredSnapshot?> ReadAsync(string cameraCode, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT taken_at, sha256, image FROM camera_snapshots WHERE camera_code = @code";
        command.Add("@code", cameraCode);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        return new StoredSnapshot(cameraCode, reader.ReadTime(0, database.Kind), reader.GetString(1), reader.GetFieldValue<byte[]>(2));
    }
}
