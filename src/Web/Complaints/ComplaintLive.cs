using System.Collections.Concurrent;
using AmbonCC.Complaints;
using AmbonCC.Platform;
using Orleans.Streams;

namespace AmbonCC.Web.Complaints;

/// <summary>In-process fan-out of complaint changes to this web process's pages (inbox, complaint page, /lapor).</summary>
public sealed class ComplaintLiveHub(ILogger<ComplaintLiveHub> logger)
{
    private readonly ConcurrentDictionary<Guid, Func<ComplaintChange, Task>> subscribers = new();

    public IDisposable Subscribe(Func<ComplaintChange, Task> handler)
    {
        var id = Guid.NewGuid();
        subscribers[id] = handler;
        return new Unsubscriber(() => subscribers.TryRemove(id, out _));
    }

    public Task PublishAsync(ComplaintChange change)
    {
        foreach (var handler in subscribers.Values)
        {
            _ = DeliverAsync(handler, change);
        }

        return Task.CompletedTask;
    }

    private async Task DeliverAsync(Func<ComplaintChange, Task> handler, ComplaintChange change)
    {
        try
        {
            await handler(change);
        }
        catch (Exception ex)
        {
            logger.LogDebug(ex, "A complaint page failed on {Kind}", change.Kind);
        }
    }

    private sealed class Unsubscriber(Action dispose) : IDisposable
    {
        private int done;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref done, 1) == 0)
            {
                dispose();
            }
        }
    }
}

/// <summary>This web process's one subscription to the complaints stream. Registered after the silo.</summary>
internal sealed class ComplaintLiveSubscriber(IClusterClient client, ComplaintLiveHub hub, ILogger<ComplaintLiveSubscriber> logger) : IHostedService
{
    private StreamSubscriptionHandle<ComplaintChange>? handle;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var stream = client.GetStreamProvider(ProviderNames.LiveStreams)
            .GetStream<ComplaintChange>(StreamId.Create(ComplaintStreams.Namespace, ComplaintStreams.Key));
        handle = await stream.SubscribeAsync((change, _) => hub.PublishAsync(change));
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        try
        {
            if (handle is not null)
            {
                await handle.UnsubscribeAsync();
            }
        }
        catch (Exception ex)
        {
            logger.LogDebug(ex, "Unsubscribe from complaints failed during shutdown");
        }
    }
}
