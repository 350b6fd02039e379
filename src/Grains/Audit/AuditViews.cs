namespace AmbonCC.Audit;

/// <summary>How a domain records a view of personal data in the audit log (the call filter sees only writes).</summary>
internal static class AuditViews
{
    /// <summary>One entry naming the reader (and, from the request context, their roles and source).</summary>
    public static Task RecordAsync(IGrainFactory grains, DateTimeOffset at, string reader, string entity, string action)
    {
        var actor = AuditActor.Current();
        return AuditLog.Get(grains).RecordAsync(new AuditEntry(
            Guid.NewGuid().ToString("N"), at, reader, actor?.Roles ?? "", actor?.Source ?? AuditSources.System,
            entity, action, "ok", null, null, null));
    }
}
