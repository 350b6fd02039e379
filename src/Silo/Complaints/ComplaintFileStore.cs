using AmbonCC.Complaints;
using AmbonCC.Silo.Database;

namespace AmbonCC.Silo.Complaints;

/// <summary>The <c>complaint_files</c> table (migration 005): one row per attachment, written once.</summary>
internal sealed class ComplaintFileStore(AmbonDatabase database) : IComplaintFileStore
{
    // The id is derived from owner and content: a retried upload finds its row and changes nothing.
    private const string Insert = """
        INSERT INTO complaint_files (file_id, owner, content_type, sha256, size_bytes, data, stored_at)
        VALUES (@id, @owner, @type, @sha256, @size, @data, @storedAt)
        ON CONFLICT (file_id) DO NOTHING
        """;

    public async Task SaveAsync(StoredComplaintFile file, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = Insert;
        command.Add("@id", file.FileId);
        command.Add("@owner", file.Owner);
        command.Add("@type", file.ContentType);
        command.Add("@sha256", file.Sha256);
        command.Add("@size", (long)file.Data.Length);
        command.Add("@data", file.Data);
        command.Add("@storedAt", DbValues.Time(database.Kind, file.StoredAt));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<StoredComplaintFile?> ReadAsync(string fileId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT owner, content_type, sha256, data, stored_at FROM complaint_files WHERE file_id = @id";
        command.Add("@id", fileId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        return new StoredComplaintFile(fileId, reader.GetString(0), reader.GetString(1), reader.GetString(2),
            reader.GetFieldValue<byte[]>(3), reader.ReadTime(4, database.Kind));
    }
}
