namespace AmbonCC.Complaints;

/// <summary>
/// A file attached to a complaint or a chat (a photo of the pile, the OPD's report as PDF): its metadata. The bytes
/// live in the <c>complaint_files</c> table, read through <see cref="IComplaintFileGrain"/>.
/// </summary>
/// <param name="Id">32 hex digits derived from the owner and the file's SHA-256, so a retried upload is the same file.</param>
/// <param name="ContentType">What the bytes are (found from their first bytes, never from the sender's claim).</param>
/// <param name="Side">Who attached it: the reporter, the center or the OPD.</param>
/// <param name="Actor">The user or key that uploaded it (<c>pelapor</c> for a reporter).</param>
[GenerateSerializer, Immutable, Alias("ambon.complaints.Attachment")]
public sealed record ComplaintAttachment(
    [property: Id(0)] string Id,
    [property: Id(1)] string FileName,
    [property: Id(2)] string ContentType,
    [property: Id(3)] long SizeBytes,
    [property: Id(4)] string Sha256,
    [property: Id(5)] DateTimeOffset At,
    [property: Id(6)] ChatSide Side,
    [property: Id(7)] string Actor);

/// <summary>The stored bytes of one attachment, with the complaint or chat (<c>chat:SESSION</c>) it was uploaded to.</summary>
[GenerateSerializer, Immutable, Alias("ambon.complaints.StoredFile")]
public sealed record StoredComplaintFile(
    [property: Id(0)] string FileId,
    [property: Id(1)] string Owner,
    [property: Id(2)] string ContentType,
    [property: Id(3)] string Sha256,
    [property: Id(4)] byte[] Data,
    [property: Id(5)] DateTimeOffset StoredAt);

/// <summary>
/// Stores and serves attachment bytes from the database (not grain state: files are large and grain state is
/// rewritten whole on every write). Stateless: every activation serves every file. Callers check access first:
/// this grain hands a file to whoever names its id.
/// </summary>
[Alias("ambon.complaints.IComplaintFileGrain")]
public interface IComplaintFileGrain : IGrainWithIntegerKey
{
    /// <summary>The key to call.</summary>
    public const long Any = 0;

    /// <summary>Stores the file, durably, before it returns; storing the same id again changes nothing.</summary>
    [Alias("Save")]
    Task SaveAsync(StoredComplaintFile file);

    [Alias("Read")]
    Task<StoredComplaintFile?> ReadAsync(string fileId);
}
