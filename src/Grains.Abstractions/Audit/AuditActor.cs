using Orleans.Runtime;

namespace AmbonCC.Audit;

/// <summary>Who is acting, as carried in Orleans' <see cref="RequestContext"/> from the web host into every grain call.</summary>
/// <param name="Name">The user name, or the API key's subject.</param>
/// <param name="Roles">The person's roles, comma separated, or <c>key:SCOPE</c>.</param>
/// <param name="Source">One of <see cref="AuditSources"/>.</param>
/// <param name="KeySubject">The API key's subject when a key acts, else null.</param>
public sealed record AuditActor(string Name, string Roles, string Source, string? KeySubject)
{
    public const string NameKey = "ambon.actor";
    public const string RolesKey = "ambon.actor.roles";
    public const string SourceKey = "ambon.actor.source";
    public const string SubjectKey = "ambon.actor.subject";

    /// <summary>Makes this actor the one of every grain call that follows in the current async flow.</summary>
    public void Enter()
    {
        RequestContext.Set(NameKey, Name);
        RequestContext.Set(RolesKey, Roles);
        RequestContext.Set(SourceKey, Source);
        if (KeySubject is null)
        {
            RequestContext.Remove(SubjectKey);
        }
        else
        {
            RequestContext.Set(SubjectKey, KeySubject);
        }
    }

    /// <summary>Forgets the actor (an anonymous request or circuit).</summary>
    public static void Leave()
    {
        RequestContext.Remove(NameKey);
        RequestContext.Remove(RolesKey);
        RequestContext.Remove(SourceKey);
        RequestContext.Remove(SubjectKey);
    }

    /// <summary>The actor of the current call, or null when none was set (the system's own work).</summary>
    public static AuditActor? Current() =>
        RequestContext.Get(NameKey) is string name
            ? new AuditActor(name, RequestContext.Get(RolesKey) as string ?? "", RequestContext.Get(SourceKey) as string ?? AuditSources.Api, RequestContext.Get(SubjectKey) as string)
            : null;
}
