namespace AmbonCC.Audit;

/// <summary>Where an audited action came from.</summary>
public static class AuditSources
{
    /// <summary>A person in the web UI (a Blazor circuit).</summary>
    public const string Ui = "ui";

    /// <summary>The HTTP API: a signed-in person's cookie or an API key.</summary>
    public const string Api = "api";

    /// <summary>The admin command line (<c>user add</c>, <c>apikey issue</c>).</summary>
    public const string Cli = "cli";

    /// <summary>An agency system connected as an Orleans client; its name is its own claim (trusted network only).</summary>
    public const string OrleansClient = "orleans";

    /// <summary>The system itself: clocks, reminders, reactions to devices.</summary>
    public const string System = "system";
}

/// <summary>One line of the append-only audit log.</summary>
/// <param name="Id">Unique id of the entry (the natural key: a retried append stores it once).</param>
/// <param name="Actor">A user name, an API key's subject (<c>opd:DLH</c>) or <c>system</c>.</param>
/// <param name="Roles">The person's roles, comma separated, or the key's scope.</param>
/// <param name="Source">One of <see cref="AuditSources"/>.</param>
/// <param name="Entity">What was acted on: the grain (<c>useraccount/sari</c>) or a record (<c>complaint/AMB-2026-000001</c>).</param>
/// <param name="Action">The method or step, e.g. <c>IUserAccountGrain.SetDisabled</c> or <c>identity_viewed</c>.</param>
/// <param name="Outcome"><c>ok</c>, or the error's type name when the call failed.</param>
/// <param name="Before">A bounded summary of the entity before (null when unknown).</param>
/// <param name="After">A bounded summary after, or of the call's answer.</param>
/// <param name="Detail">The call's arguments, bounded, secrets redacted.</param>
[GenerateSerializer, Immutable, Alias("ambon.audit.AuditEntry")]
public sealed record AuditEntry(
    [property: Id(0)] string Id,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] string Actor,
    [property: Id(3)] string Roles,
    [property: Id(4)] string Source,
    [property: Id(5)] string Entity,
    [property: Id(6)] string Action,
    [property: Id(7)] string Outcome,
    [property: Id(8)] string? Before,
    [property: Id(9)] string? After,
    [property: Id(10)] string? Detail);

/// <summary>A search of the audit log; text filters match a part, case-insensitively; the time range is [From, To).</summary>
[GenerateSerializer, Immutable, Alias("ambon.audit.AuditQuery")]
public sealed record AuditQuery(
    [property: Id(0)] string? Actor = null,
    [property: Id(1)] string? Entity = null,
    [property: Id(2)] string? Action = null,
    [property: Id(3)] DateTimeOffset? From = null,
    [property: Id(4)] DateTimeOffset? To = null,
    [property: Id(5)] int Limit = 200)
{
    public const int MaxLimit = 5000;
}

/// <summary>
/// The audit log: append and search, nothing else (no update, no delete, by design). State changes are recorded
/// by a grain call filter on every silo; domains call <see cref="RecordAsync"/> for what the filter cannot see, such
/// as a view of personal data. A stateless worker: each silo appends through its own group-commit writer.
/// </summary>
[Alias("ambon.audit.IAuditLogGrain")]
public interface IAuditLogGrain : IGrainWithIntegerKey
{
    /// <summary>Appends one entry and completes once it is durable. Retrying with the same <see cref="AuditEntry.Id"/> stores it once.</summary>
    [Alias("Record")]
    Task RecordAsync(AuditEntry entry);

    /// <summary>Newest first.</summary>
    [Alias("Search")]
    Task<IReadOnlyList<AuditEntry>> SearchAsync(AuditQuery query);
}

public static class AuditLog
{
    /// <summary>The audit log of the calling silo (a stateless worker: key 0).</summary>
    public static IAuditLogGrain Get(IGrainFactory grains) => grains.GetGrain<IAuditLogGrain>(0);
}
