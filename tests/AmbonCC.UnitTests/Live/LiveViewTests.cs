using System.Globalization;
using AmbonCC.RiverGauges;
using AmbonCC.Web.Live;
using static AmbonCC.UnitTests.Live.LiveEvents;

namespace AmbonCC.UnitTests.Live;

public sealed class LiveViewTests
{
    [Fact]
    public async Task An_event_that_arrives_while_the_snapshot_loads_is_applied_after_it_in_the_reader_s_culture()
    {
        var (hub, _, _) = NewHub();
        var log = new HeldHandler<string>(hold: false);
        var snapshotRequested = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var snapshot = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var renders = 0;
        // The circuit's dispatcher, played inline: the view must not rely on the caller's culture.
        var view = new LiveView(hub, work => work(), () => Interlocked.Increment(ref renders))
            .On<GaugeLevelChanged>(e => log.Handle("", $"{CultureInfo.CurrentCulture.Name} {e.LevelCm!.Value.ToString("0.0", CultureInfo.CurrentCulture)}"));

        var reader = new CultureInfo("id-ID");
        Task started;
        using (new CultureScope(reader))
        {
            started = view.StartAsync(async () =>
            {
                snapshotRequested.TrySetResult();
                await snapshot.Task;
                await log.Handle("", "snapshot");
            });
        }

        await snapshotRequested.Task.WaitAsync(TimeSpan.FromSeconds(30));
        using (new CultureScope(CultureInfo.InvariantCulture))
        {
            hub.Publish(Level("G1", 41.4));
        }

        // Nothing is applied before the snapshot, however long it takes; then the buffered event follows it.
        snapshot.TrySetResult();
        await started;
        await log.UntilAsync(2);
        Assert.Equal(["snapshot", "id-ID 41,4"], log.Seen);

        using (new CultureScope(CultureInfo.InvariantCulture))
        {
            hub.Publish(Level("G1", 40.9));
        }

        await log.UntilAsync(3);
        Assert.Equal("id-ID 40,9", log.Seen[2]);
        await view.DisposeAsync();
        Assert.Equal(0, hub.Subscribers);
    }

    [Fact]
    public async Task A_burst_of_events_is_applied_at_once_and_drawn_once_more_when_the_render_interval_has_passed()
    {
        var (hub, _, _) = NewHub();
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(T0);
        var log = new HeldHandler<string>(hold: false);
        var renders = 0;
        var view = new LiveView(hub, work => work(), () => Interlocked.Increment(ref renders), time)
            .On<GaugeLevelChanged>(e => log.Handle("", e.Code));
        await view.StartAsync(() => Task.CompletedTask);

        hub.Publish(Level("G1", 1));
        await log.UntilAsync(1);
        Assert.Equal(1, renders); // the first event of a quiet page is drawn at once

        hub.Publish(Level("G2", 2));
        hub.Publish(Level("G3", 3));
        await log.UntilAsync(3);
        Assert.Equal(1, Volatile.Read(ref renders)); // applied, not yet drawn

        time.Advance(LiveView.RenderEvery);
        var until = DateTime.UtcNow.AddSeconds(30);
        while (Volatile.Read(ref renders) < 2 && DateTime.UtcNow < until)
        {
            await Task.Delay(10);
        }

        Assert.Equal(2, renders); // the burst's last state, drawn once

        // A drawing still due when the page goes away is not made (the component is gone).
        hub.Publish(Level("G4", 4));
        await log.UntilAsync(4);
        await view.DisposeAsync();
        time.Advance(LiveView.RenderEvery);
        await Task.Delay(200);
        Assert.Equal(2, Volatile.Read(ref renders));
    }

    private sealed class CultureScope : IDisposable
    {
        private readonly (CultureInfo, CultureInfo) saved = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);

        public CultureScope(CultureInfo culture) => (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, culture);

        public void Dispose() => (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = saved;
    }
}
