using AmbonCC.Platform;
using Microsoft.Extensions.Logging;

namespace AmbonCC.Silo.Hosting;

/// <summary>
/// Turns a store outage inside any grain call (grain state, reminders, ledger) into a
/// <see cref="StoreUnavailableException"/> at the silo where it happened: driver exceptions do not cross silo
/// boundaries as themselves, and their text must not reach an API client.
/// </summary>
internal sealed class StoreFailureCallFilter(ILogger<StoreFailureCallFilter> logger) : IIncomingGrainCallFilter
{
    public async Task Invoke(IIncomingGrainCallContext context)
    {
        try
        {
            await context.Invoke();
        }
        catch (Exception ex) when (ex is not StoreUnavailableException && StoreFailures.ToUnavailable(ex) is { } unavailable)
        {
            // Debug: during an outage every call fails; the ledger and readiness already report the store.
            logger.LogDebug(ex, "{Grain}.{Method} failed: store {Store} unavailable", context.TargetId, context.MethodName, unavailable.Store);
            throw unavailable;
        }
    }
}
