using System.Globalization;
using AmbonCC.Live;

namespace AmbonCC.Web.Live;

/// <summary>
/// What every live page does, in one place: subscribe, load the snapshot, apply the events that arrived meanwhile,
/// then apply each new event on the component's own circuit and render. Events are applied and rendered in the
/// circuit's culture (captured at start): they arrive on a thread-pool thread whose culture is not the reader's.
/// Usage, from <c>OnInitializedAsync</c>: <c>live = new LiveView(Hub, InvokeAsync, StateHasChanged).On&lt;E&gt;(Apply);
/// await live.StartAsync(LoadAsync);</c> and <c>live.DisposeAsync()</c> from the component's own.
/// </summary>
/// <remarks>
/// Every event is applied when it arrives, but the page is drawn at most once per <see cref="RenderEvery"/>: a city
/// of Jakarta's size puts thousands of rows a second on a stream, and a render (diff and send to the browser) per row
/// would cost the server more than the rows do. The last event of a burst is always drawn, at most that much later.
/// </remarks>
public sealed class LiveView(LiveHub hub, Func<Func<Task>, Task> invoke, Action render, TimeProvider? time = null) : IAsyncDisposable
{
    public static readonly TimeSpan RenderEvery = TimeSpan.FromMilliseconds(200);
    private readonly TimeProvider clock = time ?? TimeProvider.System;
    private readonly List<Func<Func<Task>, IDisposable>> registrations = [];
    private readonly List<IDisposable> subscriptions = [];
    private readonly List<Func<Task>> buffered = [];
    private Func<Task> load = () => Task.CompletedTask;
    private CultureInfo culture = CultureInfo.CurrentCulture, uiCulture = CultureInfo.CurrentUICulture;
    private bool loading;
    private bool renderPending;
    private bool disposed;
    private long? lastRender;

    public LiveView On<TEvent>(Func<TEvent, Task> apply) where TEvent : class, ILiveEvent
    {
        registrations.Add(resync => hub.Subscribe<TEvent>(evt => DeliverAsync(() => apply(evt)), resync));
        return this;
    }

    public LiveView On<TEvent>(Action<TEvent> apply) where TEvent : class, ILiveEvent =>
        On<TEvent>(evt =>
        {
            apply(evt);
            return Task.CompletedTask;
        });

    /// <summary>Subscribes first, then loads: an event that arrives while the snapshot loads is applied after it.</summary>
    /// <remarks>Call on the component's circuit (from a lifecycle method), so that the captured culture is the reader's.</remarks>
    public async Task StartAsync(Func<Task> loadSnapshot)
    {
        (culture, uiCulture, load) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture, loadSnapshot);
        loading = true;
        foreach (var register in registrations)
        {
            subscriptions.Add(register(ResyncAsync));
        }

        await LoadAndFlushAsync();
    }

    public ValueTask DisposeAsync()
    {
        disposed = true;
        foreach (var subscription in subscriptions)
        {
            subscription.Dispose();
        }

        subscriptions.Clear();
        return ValueTask.CompletedTask;
    }

    // Runs on the circuit: loading and the buffer are only touched there.
    private Task DeliverAsync(Func<Task> apply) => invoke(async () =>
    {
        UseCircuitCulture();
        if (loading)
        {
            buffered.Add(apply);
            return;
        }

        await apply();
        Render();
    });

    // On the circuit: draws now if the last drawing is old enough, else once, when it is.
    private void Render()
    {
        if (renderPending || disposed)
        {
            return;
        }

        var now = clock.GetTimestamp();
        var since = lastRender is { } last ? clock.GetElapsedTime(last, now) : RenderEvery;
        if (since >= RenderEvery)
        {
            lastRender = now;
            render();
            return;
        }

        renderPending = true;
        _ = RenderLaterAsync(RenderEvery - since);
    }

    private async Task RenderLaterAsync(TimeSpan wait)
    {
        try
        {
            await Task.Delay(wait, clock);
            await invoke(() =>
            {
                renderPending = false;
                if (!disposed)
                {
                    lastRender = clock.GetTimestamp();
                    render();
                }

                return Task.CompletedTask;
            });
        }
        catch (ObjectDisposedException)
        {
            // The circuit is gone: nothing to draw.
        }
    }

    /// <summary>The hub dropped events for this view (it fell too far behind): start again from a snapshot.</summary>
    private Task ResyncAsync() => invoke(async () =>
    {
        UseCircuitCulture();
        if (!loading)
        {
            loading = true;
            await LoadAndFlushAsync();
            lastRender = clock.GetTimestamp();
            render();
        }
    });

    private async Task LoadAndFlushAsync()
    {
        try
        {
            await load();
            // Applying may await; events arriving then join the buffer and are applied in this same loop.
            for (var i = 0; i < buffered.Count; i++)
            {
                await buffered[i]();
            }
        }
        finally
        {
            buffered.Clear();
            loading = false;
        }
    }

    // An async lambda's culture changes end with it, so this never leaks to other work on the thread.
    private void UseCircuitCulture()
    {
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = uiCulture;
    }
}
