using System.Collections.Concurrent;
using AmbonCC.Live;

namespace AmbonCC.Web.Live;

/// <summary>
/// In-process fan-out of live events to the components (circuits) and SSE readers of this web process. Each
/// subscription has its own bounded mailbox that coalesces per subject and is drained off the publisher's
/// thread, so a slow circuit neither blocks the others nor builds an unbounded queue; lag and losses are counted in
/// <see cref="LiveLagMetrics"/>.
/// </summary>
public sealed class LiveHub(LiveLagMetrics metrics, TimeProvider time, ILogger<LiveHub> logger)
{
    /// <summary>Pending subjects a subscription may hold; a page shows far fewer rows than this.</summary>
    public const int DefaultCapacity = 1024;

    private readonly ConcurrentDictionary<LiveMailbox, byte> subscribers = new();

    public int Subscribers => subscribers.Count;

    /// <summary>Receives every event of type <typeparamref name="TEvent"/> (a record, or a domain's family interface).</summary>
    /// <param name="overflowed">Called when events were dropped because the mailbox was full: reload the snapshot.</param>
    public IDisposable Subscribe<TEvent>(Func<TEvent, Task> handler, Func<Task>? overflowed = null, int capacity = DefaultCapacity)
        where TEvent : class, ILiveEvent =>
        Subscribe(typeof(TEvent), evt => handler((TEvent)evt), overflowed, capacity);

    /// <summary>The untyped form, for readers that choose the event family at run time (the SSE endpoint).</summary>
    public IDisposable Subscribe(Type eventType, Func<ILiveEvent, Task> handler, Func<Task>? overflowed = null, int capacity = DefaultCapacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        if (!typeof(ILiveEvent).IsAssignableFrom(eventType))
        {
            throw new ArgumentException($"{eventType.Name} is not a live event.", nameof(eventType));
        }

        var mailbox = new LiveMailbox(eventType, handler, overflowed, capacity, metrics, time, logger);
        subscribers[mailbox] = 0;
        return new Subscription(() =>
        {
            subscribers.TryRemove(mailbox, out _);
            mailbox.Close();
        });
    }

    /// <summary>Hands the event to every matching subscription; never waits for one.</summary>
    public void Publish(ILiveEvent evt)
    {
        ArgumentNullException.ThrowIfNull(evt);
        foreach (var mailbox in subscribers.Keys)
        {
            if (mailbox.Accepts(evt))
            {
                mailbox.Post(evt);
            }
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
