using AmbonCC.Platform;
using Orleans.Streams;

namespace AmbonCC.Live;

/// <summary>How grains announce a change on a domain's live stream.</summary>
internal static class LiveStreams
{
    public static IAsyncStream<LiveEvent> For(IGrainBase grain, string domain) =>
        grain.GetStreamProvider(ProviderNames.LiveStreams).GetStream<LiveEvent>(StreamId.Create(LiveStreamIds.Namespace, domain));
}
