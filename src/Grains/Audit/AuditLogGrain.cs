using Orleans.Concurrency;

namespace AmbonCC.Audit;

/// <summary>Each silo writes the entries of its own callers through its own writer (no single hot grain).</summary>
[StatelessWorker]
internal sealed class AuditLogGrain(IAuditStore store) : Grain, IAuditLogGrain
{
    public Task RecordAsync(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return store.AppendAsync([AuditText.Bound(entry)]);
    }

    public Task<IReadOnlyList<AuditEntry>> SearchAsync(AuditQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Limit is < 1 or > AuditQuery.MaxLimit)
        {
            throw new ArgumentException($"Between 1 and {AuditQuery.MaxLimit}.", "limit");
        }

        return store.SearchAsync(query);
    }
}
