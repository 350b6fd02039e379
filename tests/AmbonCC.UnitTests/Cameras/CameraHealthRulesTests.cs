using AmbonCC.Cameras;
using Microsoft.Extensions.Time.Testing;

namespace AmbonCC.UnitTests.Cameras;

/// <summary>Offline, frozen, not recording and recovery, on a fake clock.</summary>
public sealed class CameraHealthRulesTests
{
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.FromHours(9)));
    private readonly CameraOptions options = new() { OfflineAfterSeconds = 120, FrozenAfterSeconds = 600 };
    private readonly CameraHealthState state = new();

    private CameraHealthRules Rules => new(options);

    private IReadOnlyList<ConditionChange> Beat(string hash, double fps = 15, bool recording = true) =>
        Rules.Heartbeat(state, new CameraHeartbeat(clock.GetUtcNow(), fps, hash, recording), clock.GetUtcNow());

    [Fact]
    public void A_camera_that_never_reported_is_unknown_and_never_goes_offline()
    {
        clock.Advance(TimeSpan.FromHours(1));

        Assert.Empty(Rules.Evaluate(state, clock.GetUtcNow()));
        Assert.Equal(CameraHealth.Unknown, CameraHealthRules.Health(state));
    }

    [Fact]
    public void Silence_longer_than_the_limit_is_offline_and_the_next_heartbeat_recovers()
    {
        Beat("a");
        clock.Advance(TimeSpan.FromSeconds(119));
        Assert.Empty(Rules.Evaluate(state, clock.GetUtcNow()));
        Assert.Equal(CameraHealth.Online, CameraHealthRules.Health(state));

        clock.Advance(TimeSpan.FromSeconds(2));
        var down = Rules.Evaluate(state, clock.GetUtcNow());
        Assert.Equal(new ConditionChange(CameraConditions.Offline, true, clock.GetUtcNow().AddSeconds(-1)), Assert.Single(down));
        Assert.Equal(CameraHealth.Offline, CameraHealthRules.Health(state));

        var up = Beat("b");
        Assert.False(Assert.Single(up).Raised);
        Assert.Equal(CameraHealth.Online, CameraHealthRules.Health(state));
    }

    [Fact]
    public void A_late_heartbeat_after_an_unnoticed_silence_reports_the_outage_and_its_end()
    {
        Beat("a");
        clock.Advance(TimeSpan.FromMinutes(10));

        var changes = Beat("b");

        Assert.Equal([true, false], changes.Select(c => c.Raised));
        Assert.All(changes, c => Assert.Equal(CameraConditions.Offline, c.Condition));
    }

    [Fact]
    public void The_same_picture_for_the_frozen_time_while_frames_flow_is_frozen()
    {
        for (var i = 0; i < 10; i++)
        {
            Assert.Empty(Beat("same"));
            clock.Advance(TimeSpan.FromSeconds(60));
        }

        var frozen = Beat("same");
        Assert.Equal(CameraConditions.Frozen, Assert.Single(frozen).Condition);
        Assert.Equal(CameraHealth.Frozen, CameraHealthRules.Health(state));

        clock.Advance(TimeSpan.FromSeconds(30));
        Assert.False(Assert.Single(Beat("moved")).Raised);
        Assert.Equal(CameraHealth.Online, CameraHealthRules.Health(state));
    }

    [Fact]
    public void A_still_picture_without_frames_is_not_frozen()
    {
        for (var i = 0; i < 12; i++)
        {
            Beat("same", fps: 0);
            clock.Advance(TimeSpan.FromSeconds(60));
        }

        Assert.Equal(CameraHealth.Online, CameraHealthRules.Health(state));
    }

    [Fact]
    public void Uploaded_snapshots_with_the_same_hash_also_freeze()
    {
        Beat("hb1");
        var start = clock.GetUtcNow();
        Rules.Snapshot(state, new SnapshotInfo("pic", start, 100), start);
        clock.Advance(TimeSpan.FromSeconds(100));
        Beat("hb2");

        var changes = Rules.Snapshot(state, new SnapshotInfo("pic", start.AddMinutes(10), 100), clock.GetUtcNow());

        Assert.Equal(CameraConditions.Frozen, Assert.Single(changes).Condition);
    }

    [Fact]
    public void Not_recording_is_its_own_condition()
    {
        Beat("a");
        var changes = Beat("b", recording: false);

        Assert.Equal(new ConditionChange(CameraConditions.NotRecording, true, clock.GetUtcNow()), Assert.Single(changes));
        Assert.Equal(CameraHealth.NotRecording, CameraHealthRules.Health(state));
    }

    [Fact]
    public void Uptime_per_WIT_day_counts_online_time_over_known_time()
    {
        // 10:00–11:00 WIT a heartbeat a minute, then silence until 14:00: online until 11:02 (the allowed silence).
        Beat("a");
        for (var i = 0; i < 60; i++)
        {
            clock.Advance(TimeSpan.FromMinutes(1));
            Beat("h" + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        clock.Advance(TimeSpan.FromHours(3));
        Rules.Evaluate(state, clock.GetUtcNow());

        var day = Assert.Single(state.Uptime);
        Assert.Equal(new DateOnly(2026, 12, 1), day.Day);
        Assert.Equal(4 * 3600, day.KnownSeconds, 3);
        Assert.Equal(3600 + 120, day.OnlineSeconds, 3);
    }

    [Fact]
    public void Uptime_splits_at_WIT_midnight()
    {
        clock.SetUtcNow(new DateTimeOffset(2026, 12, 1, 23, 0, 0, TimeSpan.FromHours(9)));
        Beat("a");
        for (var i = 0; i < 120; i++)
        {
            clock.Advance(TimeSpan.FromMinutes(1));
            Beat(i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        Assert.Equal([3600.0, 3600.0], state.Uptime.Select(u => Math.Round(u.OnlineSeconds)));
        Assert.Equal([new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 2)], state.Uptime.Select(u => u.Day));
    }

    [Fact]
    public void Uptime_days_follow_the_configured_city_time_zone()
    {
        // 23:30–00:30 WIT is 21:30–22:30 in Jakarta (WIB): one day there, two in Ambon.
        var jakarta = new CameraHealthRules(options, new AmbonCC.City.CityClock(clock, "Asia/Jakarta"));
        clock.SetUtcNow(new DateTimeOffset(2026, 12, 1, 23, 30, 0, TimeSpan.FromHours(9)));
        jakarta.Heartbeat(state, new CameraHeartbeat(clock.GetUtcNow(), 10, "a", true), clock.GetUtcNow());
        for (var i = 0; i < 60; i++)
        {
            clock.Advance(TimeSpan.FromMinutes(1));
            jakarta.Heartbeat(state, new CameraHeartbeat(clock.GetUtcNow(), 10, "b" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), true), clock.GetUtcNow());
        }

        var day = Assert.Single(state.Uptime);
        Assert.Equal(new DateOnly(2026, 12, 1), day.Day);
        Assert.Equal(3600, day.OnlineSeconds, 3);
    }
}
