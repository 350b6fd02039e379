using System.Collections.Concurrent;
using AmbonCC.Live;

namespace AmbonCC.Web.Live;

/// <summary>
/// In-process fan-out of live events to the components of this web process. Components subscribe for a domain
/// and marshal onto their own circuit with <c>InvokeAsync</c>; a slow or failing component never blocks others.
/// </summary>
public sealed class LiveHub(ILogger<LiveHub> logger)
{
    private readonly ConcurrentDictionary<Guid, (string Domain, Func<LiveEvent, Task> Handler)> subscribers = new();

    public IDisposable Subscribe(string domain, Func<LiveEvent, Task> handler)
    {
        var id = Guid.NewGuid();
        subscribers[id] = (domain, handler);
        return new Subscription(() => subscribers.TryRemove(id, out _));
    }

    public Task PublishAsync(LiveEvent evt)
    {
        foreach (var (domain, handler) in subscribers.Values)
        {
            if (domain == evt.Domain)
            {
                _ = Deliver(handler, evt);
            }
        }

        return Task.CompletedTask;
    }

    private async Task Deliver(Func<LiveEvent, Task> handler, LiveEvent evt)
    {
        try
        {
            await handler(evt);
        }
        catch (Exception ex)
        {
            logger.LogDebug(ex, "A live subscriber failed on {Kind}", evt.Kind);
        }
    }

    private sealed class Subscription(Action dispose) : IDisposable
    {
        private int disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref disposed, 1) == 0)
            {
                dispose();
            }
        }
    }
}
