using AmbonCC.Platform;
using Orleans.Streams;

namespace AmbonCC.Live;

/// <summary>How grains announce a change on a domain's live stream; the stream carries the domain's typed events.</summary>
internal static class LiveStreams
{
    public static IAsyncStream<ILiveEvent> For(IGrainBase grain, string domain) =>
        grain.GetStreamProvider(ProviderNames.LiveStreams).GetStream<ILiveEvent>(StreamId.Create(LiveStreamIds.Namespace, domain));
}
