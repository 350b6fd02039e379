using Orleans.Concurrency;

namespace AmbonCC.Complaints;

/// <summary>Attachment bytes in the deployment's database (migration 005), so that an acknowledged upload survives a crash.</summary>
internal interface IComplaintFileStore
{
    /// <summary>Stores the file unless its id is already stored; returns after the commit.</summary>
    Task SaveAsync(StoredComplaintFile file, CancellationToken cancellationToken = default);

    Task<StoredComplaintFile?> ReadAsync(string fileId, CancellationToken cancellationToken = default);
}

[StatelessWorker]
internal sealed class ComplaintFileGrain(IComplaintFileStore store) : Grain, IComplaintFileGrain
{
    public Task SaveAsync(StoredComplaintFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return store.SaveAsync(file);
    }

    public Task<StoredComplaintFile?> ReadAsync(string fileId) => store.ReadAsync(fileId);
}
