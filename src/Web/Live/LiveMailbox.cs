using AmbonCC.Live;

namespace AmbonCC.Web.Live;

/// <summary>
/// One subscription's pending events: at most one per (event type, subject), the latest, in the order of their
/// latest update; at most <c>capacity</c> of them. One drain runs at a time on the thread pool and awaits the
/// handler, so while a circuit is busy new readings of a gauge replace the waiting one instead of queueing.
/// </summary>
internal sealed class LiveMailbox(
    Type eventType, Func<ILiveEvent, Task> handler, Func<Task>? overflowed, int capacity,
    LiveLagMetrics metrics, TimeProvider time, ILogger logger)
{
    private readonly Lock gate = new();
    private readonly Dictionary<(Type, string), LinkedListNode<ILiveEvent>> pending = [];
    private readonly LinkedList<ILiveEvent> order = new();
    private bool draining, overflow, closed;

    public bool Accepts(ILiveEvent evt) => eventType.IsInstanceOfType(evt);

    /// <summary>Pending subjects now (for tests and the Ops page).</summary>
    public int Pending
    {
        get
        {
            lock (gate)
            {
                return pending.Count;
            }
        }
    }

    public void Post(ILiveEvent evt)
    {
        lock (gate)
        {
            if (closed)
            {
                return;
            }

            var key = (evt.GetType(), evt.SubjectId);
            if (pending.Remove(key, out var replaced))
            {
                // Moved to the back: delivery follows the order of latest updates, so a count or a list applied
                // from these events ends where the producer ended.
                order.Remove(replaced);
                metrics.Coalesced();
            }
            else if (pending.Count >= capacity && order.First is { } oldest)
            {
                order.RemoveFirst();
                pending.Remove((oldest.Value.GetType(), oldest.Value.SubjectId));
                overflow = true;
                metrics.Dropped();
            }

            pending[key] = order.AddLast(evt);
            if (draining)
            {
                return;
            }

            draining = true;
        }

        // Off the publisher's thread: the stream's delivery never waits for a circuit.
        ThreadPool.UnsafeQueueUserWorkItem(static m => _ = m.DrainAsync(), this, preferLocal: false);
    }

    public void Close()
    {
        lock (gate)
        {
            closed = true;
            pending.Clear();
            order.Clear();
        }
    }

    private async Task DrainAsync()
    {
        while (true)
        {
            ILiveEvent? next = null;
            bool resync;
            lock (gate)
            {
                resync = overflow && overflowed is not null;
                overflow = false;
                if (!resync)
                {
                    if (closed || order.First is not { } first)
                    {
                        draining = false;
                        return;
                    }

                    next = first.Value;
                    order.RemoveFirst();
                    pending.Remove((next.GetType(), next.SubjectId));
                }
            }

            try
            {
                if (resync)
                {
                    await overflowed!();
                    continue;
                }

                metrics.Delivered(time.GetUtcNow() - next!.At);
                await handler(next);
            }
            catch (Exception ex)
            {
                logger.LogDebug(ex, "A live subscriber failed on {Kind}", next?.Kind ?? "resync");
            }
        }
    }
}
