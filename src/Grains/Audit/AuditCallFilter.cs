using Microsoft.Extensions.Logging;
using Orleans.Runtime;

namespace AmbonCC.Audit;

/// <summary>
/// Records every state-changing call (<see cref="AuditedCalls"/>) that arrives with an actor in the request
/// context, after it ran, and answers the caller only once the entry is durable. Only the first hop is recorded:
/// the grains it calls in turn act on its behalf and are its consequences (a marker in the request context says so).
/// Calls without an actor are the system's own work (clocks, reminders, device reactions) and are not recorded here.
/// </summary>
internal sealed class AuditCallFilter(IAuditStore store, TimeProvider time, ILogger<AuditCallFilter> logger) : IIncomingGrainCallFilter
{
    private const string RecordedKey = "ambon.audit.recorded";

    public async Task Invoke(IIncomingGrainCallContext context)
    {
        var actor = RequestContext.Get(RecordedKey) is null ? AuditActor.Current() : null;
        if (actor is null || !AuditedCalls.IsAuditedActor(actor) || !AuditedCalls.IsAuditedWrite(context.InterfaceMethod))
        {
            await context.Invoke();
            return;
        }

        RequestContext.Set(RecordedKey, "1");
        var audited = context.Grain as IAuditedGrain;
        var before = audited?.AuditSummary();
        string outcome = "ok";
        try
        {
            await context.Invoke();
        }
        catch (Exception ex)
        {
            outcome = ex.GetType().Name;
            await RecordAsync(context, actor, before, audited, outcome);
            throw;
        }

        await RecordAsync(context, actor, before, audited, outcome);
    }

    private async Task RecordAsync(IIncomingGrainCallContext context, AuditActor actor, string? before, IAuditedGrain? audited, string outcome)
    {
        var method = context.InterfaceMethod!;
        var after = audited is not null ? audited.AuditSummary() : outcome == "ok" ? Summary(context.Result) : null;
        var entry = new AuditEntry(
            Guid.NewGuid().ToString("N"), time.GetUtcNow(), actor.Name, actor.Roles, actor.Source,
            context.TargetId.ToString(), $"{method.DeclaringType!.Name}.{AuditedCalls.ActionName(method)}", outcome,
            before, after, AuditText.Arguments(method, i => context.Request.GetArgument(i)));
        try
        {
            await store.AppendAsync([AuditText.Bound(entry)]);
        }
        catch (Exception ex) when (outcome != "ok")
        {
            // The call's own failure is what the caller must see; the lost entry is logged.
            logger.LogWarning(ex, "Audit entry of a failed call {Action} by {Actor} not stored", entry.Action, entry.Actor);
        }
    }

    private static string? Summary(object? result) => result is null ? null : AuditText.Cut(AuditText.Value(result), AuditText.MaxSummary);
}
