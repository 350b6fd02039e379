using System.Collections.Concurrent;
using AmbonCC.Complaints;
using AmbonCC.Platform;
using Orleans.Streams;

namespace AmbonCC.Web.Complaints;

/// <summary>In-process fan-out of complaint changes to this web process's pages (inbox, complaint page).</summary>
public sealed class ComplaintLiveHub(ILogger<ComplaintLiveHub> logger) : LiveFanOut<ComplaintChange>(logger);

/// <summary>In-process fan-out of chat changes to the inbox and to waiting reporters (/lapor, the widget).</summary>
public sealed class ChatLiveHub(ILogger<ChatLiveHub> logger) : LiveFanOut<ChatChange>(logger);

public abstract class LiveFanOut<T>(ILogger logger)
{
    private readonly ConcurrentDictionary<Guid, Func<T, Task>> subscribers = new();

    public IDisposable Subscribe(Func<T, Task> handler)
    {
        var id = Guid.NewGuid();
        subscribers[id] = handler;
        return new Unsubscriber(() => subscribers.TryRemove(id, out _));
    }

    public Task PublishAsync(T change)
    {
        foreach (var handler in subscribers.Values)
        {
            _ = DeliverAsync(handler, change);
        }

        return Task.CompletedTask;
    }

    private async Task DeliverAsync(Func<T, Task> handler, T change)
    {
        try
        {
            await handler(change);
        }
        catch (Exception ex)
        {
            logger.LogDebug(ex, "A live subscriber failed on {Change}", typeof(T).Name);
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

/// <summary>This web process's one subscription to the complaints and chat streams. Registered after the silo.</summary>
internal sealed class ComplaintLiveSubscriber(IClusterClient client, ComplaintLiveHub complaints, ChatLiveHub chats, ILogger<ComplaintLiveSubscriber> logger) : IHostedService
{
    private StreamSubscriptionHandle<ComplaintChange>? complaintHandle;
    private StreamSubscriptionHandle<ChatChange>? chatHandle;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var provider = client.GetStreamProvider(ProviderNames.LiveStreams);
        complaintHandle = await provider.GetStream<ComplaintChange>(StreamId.Create(ComplaintStreams.Namespace, ComplaintStreams.Key))
            .SubscribeAsync((change, _) => complaints.PublishAsync(change));
        chatHandle = await provider.GetStream<ChatChange>(StreamId.Create(ChatStreams.Namespace, ChatStreams.Key))
            .SubscribeAsync((change, _) => chats.PublishAsync(change));
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        try
        {
            if (complaintHandle is not null)
            {
                await complaintHandle.UnsubscribeAsync();
            }

            if (chatHandle is not null)
            {
                await chatHandle.UnsubscribeAsync();
            }
        }
        catch (Exception ex)
        {
            logger.LogDebug(ex, "Unsubscribe from complaints failed during shutdown");
        }
    }
}
