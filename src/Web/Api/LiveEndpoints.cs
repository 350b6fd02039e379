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
/// The same hub feeds the UI, so this is also what the latency benchmark measures.
/// </summary>
public static class LiveEndpoints
{
    private const int Buffer = 10_000;

    public static void MapLiveApi(this RouteGroupBuilder api) =>
        api.MapGet("/live/{domain}", (string domain, LiveHub hub, CancellationToken cancellationToken) =>
                LiveStreamIds.Domains.Contains(domain)
                    ? TypedResults.ServerSentEvents(Follow(hub, domain, cancellationToken))
                    : ApiProblems.Field("domain", $"One of: {string.Join(", ", LiveStreamIds.Domains)}."))
            .RequireAuthorization(AccessPolicies.AnyClient)
            .WithSummary("Follow a domain's live events (text/event-stream); event type = kind, data = the event as JSON.");

    private static async IAsyncEnumerable<SseItem<LiveEvent>> Follow(LiveHub hub, string domain, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // A slow reader loses the oldest events rather than growing the server's memory.
        var channel = Channel.CreateBounded<LiveEvent>(new BoundedChannelOptions(Buffer) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });
        using var subscription = hub.Subscribe(domain, evt =>
        {
            channel.Writer.TryWrite(evt);
            return Task.CompletedTask;
        });
        await foreach (var evt in channel.Reader.ReadAllAsync(cancellationToken))
        {
            yield return new SseItem<LiveEvent>(evt, evt.Kind);
        }
    }
}
