using System.Reflection;
using AmbonCC.Security;

namespace AmbonCC.Audit;

/// <summary>
/// Which grain calls change state and are therefore audited. A method is a read when it carries Orleans'
/// <c>[ReadOnly]</c>, or when its name (without "Async") starts with a read verb (<see cref="ReadPrefixes"/>): a
/// method that changes state must therefore not be named like one. Every other method of our own
/// grain interfaces (namespace <c>AmbonCC.*</c>) is a write. Orleans' own grains (streams, reminders) are not ours.
/// </summary>
public static class AuditedCalls
{
    public static readonly IReadOnlyList<string> ReadPrefixes =
        ["Get", "List", "Find", "Search", "Contains", "Verify", "Read", "Count", "Query", "Resolve", "Duplicates", "Is", "Has"];

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<MethodInfo, bool> Known = new();

    /// <summary>Whether a call of this interface method is a state change worth an audit entry (decided once per method).</summary>
    public static bool IsAuditedWrite(MethodInfo? method) => method is not null && Known.GetOrAdd(method, Decide);

    private static bool Decide(MethodInfo method)
    {
        if (method.DeclaringType is not { } type
            || type.Namespace?.StartsWith("AmbonCC", StringComparison.Ordinal) != true
            || type == typeof(IAuditLogGrain))
        {
            return false;
        }

        if (method.GetCustomAttribute<Orleans.Concurrency.ReadOnlyAttribute>() is not null)
        {
            return false;
        }

        var name = ActionName(method);
        return !ReadPrefixes.Any(p => name.StartsWith(p, StringComparison.Ordinal)
            && (name.Length == p.Length || char.IsUpper(name[p.Length])));
    }

    /// <summary>
    /// Device keys (scope <c>device:ingest</c>) send readings, heartbeats and receipts by the thousand: their own
    /// append-only ledgers are their record, so the audit log keeps people's and agency systems' actions.
    /// </summary>
    public static bool IsAuditedActor(AuditActor actor) =>
        !string.Equals(actor.Roles, "key:" + ApiScopes.DeviceIngest, StringComparison.Ordinal);

    /// <summary>The method's name without "Async" (what the audit log calls the action).</summary>
    public static string ActionName(MethodInfo method) =>
        method.Name.EndsWith("Async", StringComparison.Ordinal) ? method.Name[..^5] : method.Name;
}
