using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Threading.Channels;
using AmbonCC.Live;
using AmbonCC.Platform;
using AmbonCC.Web.Live;
using AmbonCC.Web.Security;

namespace AmbonCC.Web.Api;

/// <summary>
/// Live change events as Server-Sent Events, for agency dashboards and scripts that cannot host a Blazor circuit.
/// The same hub feeds the UI (bounded, coalescing per subject), so this is also what the latency benchmark measures.
/// </summary>
public static class LiveEndpoints
{
    // Small on purpose: a reader that falls behind waits in the hub's mailbox, where a gauge's newer status
    // replaces its older one instead of queueing behind it.
    private const int Buffer = 64;

    public static void MapLiveApi(this RouteGroupBuilder api) =>
        api.MapGet("/live/{domain}", (string domain, LiveHub hub, CancellationToken cancellationToken) =>
                LiveEventTypes.ForDomain(domain) is { } type
                    ? TypedResults.ServerSentEvents(Follow(hub, type, cancellationToken))
                    : ApiProblems.Field("domain", $"One of: {string.Join(", ", LiveStreamIds.Domains)}."))
            .RequireAuthorization(AccessPolicies.AnyClient)
            .WithSummary("Follow a domain's live events (text/event-stream); event type = kind, data = the typed event as JSON.");

    private static async IAsyncEnumerable<SseItem<object>> Follow(LiveHub hub, Type type, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var channel = Channel.CreateBounded<ILiveEvent>(new BoundedChannelOptions(Buffer) { FullMode = BoundedChannelFullMode.Wait, SingleReader = true });
        using var subscription = hub.Subscribe(type, evt => channel.Writer.WriteAsync(evt, cancellationToken).AsTask());
        await foreach (var evt in channel.Reader.ReadAllAsync(cancellationToken))
        {
            // As object, so that the JSON has the record's own fields rather than the interface's.
            yield return new SseItem<object>(evt, evt.Kind);
        }
    }
}
