using System.Globalization;
using AmbonCC.Incidents;
using AmbonCC.Live;
using AmbonCC.RiverGauges;
using static AmbonCC.UnitTests.Live.LiveEvents;

namespace AmbonCC.UnitTests.Live;

public sealed class LiveHubTests
{
    private static string Text(GaugeLevelChanged e) => $"{e.Code}:{e.LevelCm?.ToString(CultureInfo.InvariantCulture)}";

    [Fact]
    public async Task While_a_circuit_is_busy_a_gauge_s_newer_status_replaces_its_waiting_one()
    {
        var (hub, metrics, _) = NewHub();
        var handler = new HeldHandler<GaugeLevelChanged>(hold: true);
        using var subscription = hub.Subscribe<GaugeLevelChanged>(e => handler.Handle(e, Text(e)));

        hub.Publish(Level("G1", 1));
        await handler.Started.WaitAsync(TimeSpan.FromSeconds(30));
        hub.Publish(Level("G1", 2));
        hub.Publish(Level("G2", 5));
        hub.Publish(Level("G1", 3));
        handler.Release();
        await handler.UntilAsync(3);

        // G1:2 never reaches the circuit; G1 moves behind G2 because its latest update is the newest.
        Assert.Equal(["G1:1", "G2:5", "G1:3"], handler.Seen);
        Assert.Equal(1, metrics.Snapshot().Coalesced);
        Assert.Equal(3, metrics.Snapshot().Delivered);
    }

    [Fact]
    public async Task A_full_mailbox_drops_its_oldest_subject_counts_it_and_asks_for_a_resync()
    {
        var (hub, metrics, _) = NewHub();
        var handler = new HeldHandler<GaugeLevelChanged>(hold: true);
        using var subscription = hub.Subscribe<GaugeLevelChanged>(e => handler.Handle(e, Text(e)), handler.Resync, capacity: 2);

        hub.Publish(Level("A", 1));
        await handler.Started.WaitAsync(TimeSpan.FromSeconds(30));
        hub.Publish(Level("B", 1));
        hub.Publish(Level("C", 1));
        hub.Publish(Level("D", 1));
        handler.Release();
        await handler.UntilAsync(4);

        Assert.Equal(["A:1", "resync", "C:1", "D:1"], handler.Seen);
        var figures = metrics.Snapshot();
        Assert.Equal(1, figures.Dropped);
        Assert.Equal(1, figures.TotalDropped);
    }

    [Fact]
    public async Task Each_subscription_receives_only_its_own_event_type_or_family()
    {
        var (hub, _, _) = NewHub();
        var levels = new HeldHandler<GaugeLevelChanged>(hold: false);
        var rivers = new HeldHandler<IRiverEvent>(hold: false);
        var incidents = new HeldHandler<IIncidentEvent>(hold: false);
        using var a = hub.Subscribe<GaugeLevelChanged>(e => levels.Handle(e, e.Kind));
        using var b = hub.Subscribe<IRiverEvent>(e => rivers.Handle(e, e.Kind));
        using var c = hub.Subscribe<IIncidentEvent>(e => incidents.Handle(e, e.Kind));

        // The event each subscriber wants comes last: anything routed wrongly would arrive before it.
        hub.Publish(Queue("INC-1", 1));
        hub.Publish(Thresholds("G1"));
        hub.Publish(Level("G1", 40.9));
        hub.Publish(Queue("INC-2", 2));
        await Task.WhenAll(levels.UntilAsync(1), rivers.UntilAsync(2), incidents.UntilAsync(2));

        Assert.Equal(["reading"], levels.Seen);
        Assert.Equal(["thresholds", "reading"], rivers.Seen);
        Assert.Equal(["queue", "queue"], incidents.Seen);
    }

    [Fact]
    public async Task The_lag_from_announcement_to_hand_over_is_measured_for_the_last_minute()
    {
        var (hub, metrics, time) = NewHub();
        var handler = new HeldHandler<GaugeLevelChanged>(hold: false);
        using var subscription = hub.Subscribe<GaugeLevelChanged>(e => handler.Handle(e, Text(e)));

        hub.Publish(Level("G1", 1, T0 - TimeSpan.FromMilliseconds(300)));
        await handler.UntilAsync(1);
        var figures = metrics.Snapshot();
        Assert.Equal(300, figures.MaxMs, 1);
        Assert.Equal(300, figures.P99Ms, 1);

        time.Advance(TimeSpan.FromSeconds(61));
        Assert.Equal(0, metrics.Snapshot().Delivered);
        Assert.Equal(1, metrics.Snapshot().TotalDelivered);
    }

    [Fact]
    public async Task A_disposed_subscription_receives_nothing_more()
    {
        var (hub, _, _) = NewHub();
        var gone = new HeldHandler<GaugeLevelChanged>(hold: false);
        var kept = new HeldHandler<GaugeLevelChanged>(hold: false);
        var subscription = hub.Subscribe<GaugeLevelChanged>(e => gone.Handle(e, Text(e)));
        using var other = hub.Subscribe<GaugeLevelChanged>(e => kept.Handle(e, Text(e)));

        subscription.Dispose();
        hub.Publish(Level("G1", 1));
        await kept.UntilAsync(1);

        Assert.Empty(gone.Seen);
        Assert.Equal(1, hub.Subscribers);
    }
}
