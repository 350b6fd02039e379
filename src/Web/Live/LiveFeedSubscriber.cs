using AmbonCC.Live;
using AmbonCC.Platform;
using Orleans.Streams;

namespace AmbonCC.Web.Live;

/// <summary>
/// The one subscription of this web process to each domain's durable live stream; it hands every event to the
/// <see cref="LiveHub"/>. Must be registered after the silo so that the stream provider is running.
/// </summary>
internal sealed class LiveFeedSubscriber(IClusterClient client, LiveHub hub, ILogger<LiveFeedSubscriber> logger) : IHostedService
{
    private readonly List<StreamSubscriptionHandle<ILiveEvent>> handles = [];

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var provider = client.GetStreamProvider(ProviderNames.LiveStreams);
        foreach (var domain in LiveStreamIds.Subscribed)
        {
            var stream = provider.GetStream<ILiveEvent>(StreamId.Create(LiveStreamIds.Namespace, domain));
            handles.Add(await stream.SubscribeAsync((evt, _) =>
            {
                hub.Publish(evt);
                return Task.CompletedTask;
            }));
        }

        logger.LogInformation("Live feed subscribed to {Count} domain streams", handles.Count);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        // Unsubscribing keeps the durable pub-sub store free of subscribers that will never come back.
        foreach (var handle in handles)
        {
            try
            {
                await handle.UnsubscribeAsync();
            }
            catch (Exception ex)
            {
                logger.LogDebug(ex, "Unsubscribe failed during shutdown");
            }
        }
    }
}
