namespace AmbonCC.Audit;

/// <summary>
/// Opt-in for a grain whose audit entries should carry a summary of its state before and after each audited call
/// (the call filter asks before and after the call). Bounded and free of secrets: it is stored in the audit log.
/// </summary>
internal interface IAuditedGrain
{
    string? AuditSummary();
}

/// <summary>The audit log's table: append-only (src/Silo implements it over a group-commit ledger writer).</summary>
internal interface IAuditStore
{
    /// <summary>Completes once the entries are committed; idempotent on the entry id.</summary>
    Task AppendAsync(IReadOnlyList<AuditEntry> entries);

    Task<IReadOnlyList<AuditEntry>> SearchAsync(AuditQuery query);
}
