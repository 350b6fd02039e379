using AmbonCC.Warnings;
using Microsoft.Extensions.Time.Testing;
using AmbonCC.City;

namespace AmbonCC.UnitTests.Warnings;

public sealed class EscalationPolicyTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 11, 27, 5, 0, 0, TimeSpan.Zero));

    [Fact]
    public void An_rt_head_is_overdue_ten_minutes_after_sending_not_before()
    {
        var sent = clock.GetUtcNow();
        clock.Advance(TimeSpan.FromMinutes(9) + TimeSpan.FromSeconds(59));
        Assert.False(EscalationPolicy.IsOverdue(EscalationPolicy.RtHead, DeliveryState.Delivered, false, sent, sent, clock.GetUtcNow(), Timeout));
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.True(EscalationPolicy.IsOverdue(EscalationPolicy.RtHead, DeliveryState.Delivered, false, sent, sent, clock.GetUtcNow(), Timeout));
    }

    [Fact]
    public void The_clock_starts_at_queuing_when_the_gateway_never_confirmed()
    {
        var queued = clock.GetUtcNow();
        clock.Advance(Timeout);
        Assert.True(EscalationPolicy.IsOverdue(EscalationPolicy.RtHead, DeliveryState.Queued, false, queued, null, clock.GetUtcNow(), Timeout));
        Assert.True(EscalationPolicy.IsOverdue(EscalationPolicy.Lurah, DeliveryState.Failed, false, queued, null, clock.GetUtcNow(), Timeout));
    }

    [Theory]
    [InlineData(EscalationPolicy.Social)]
    [InlineData(EscalationPolicy.Supervisor)]
    public void Public_posts_and_the_supervisor_are_never_overdue(string role)
    {
        var queued = clock.GetUtcNow();
        clock.Advance(TimeSpan.FromHours(2));
        Assert.False(EscalationPolicy.IsOverdue(role, DeliveryState.Sent, false, queued, queued, clock.GetUtcNow(), Timeout));
    }

    [Fact]
    public void A_recipient_without_a_channel_is_escalated_at_once_but_the_supervisor_never()
    {
        var queued = clock.GetUtcNow();
        Assert.True(EscalationPolicy.IsOverdue(EscalationPolicy.RtHead, DeliveryState.NoChannel, false, queued, null, clock.GetUtcNow(), Timeout));
        Assert.False(EscalationPolicy.IsOverdue(EscalationPolicy.RtHead, DeliveryState.NoChannel, true, queued, null, clock.GetUtcNow(), Timeout));
        clock.Advance(TimeSpan.FromHours(2));
        Assert.False(EscalationPolicy.IsOverdue(EscalationPolicy.Supervisor, DeliveryState.NoChannel, false, queued, null, clock.GetUtcNow(), Timeout));
    }

    [Fact]
    public void Acknowledged_or_already_escalated_recipients_are_left_alone()
    {
        var sent = clock.GetUtcNow();
        clock.Advance(TimeSpan.FromHours(1));
        Assert.False(EscalationPolicy.IsOverdue(EscalationPolicy.RtHead, DeliveryState.Acknowledged, false, sent, sent, clock.GetUtcNow(), Timeout));
        Assert.False(EscalationPolicy.IsOverdue(EscalationPolicy.RtHead, DeliveryState.Sent, true, sent, sent, clock.GetUtcNow(), Timeout));
    }

    [Fact]
    public void The_ladder_runs_rt_head_then_lurah_and_bpbd_then_supervisor()
    {
        Assert.Equal([EscalationPolicy.Lurah, EscalationPolicy.Bpbd], EscalationPolicy.NextRoles(EscalationPolicy.RtHead));
        Assert.Equal([EscalationPolicy.Supervisor], EscalationPolicy.NextRoles(EscalationPolicy.Lurah));
        Assert.Equal([EscalationPolicy.Supervisor], EscalationPolicy.NextRoles(EscalationPolicy.Bpbd));
        Assert.Empty(EscalationPolicy.NextRoles(EscalationPolicy.Supervisor));
    }

    [Fact]
    public void Warning_ids_name_the_river_and_the_wit_day()
    {
        // 16:30 UTC is already the next day in Ambon (UTC+9).
        Assert.Equal("BATUMERAH-20261128-03", WarningIds.For("Wai Batu Merah", CityClock.Ambon().DayOf(new DateTimeOffset(2026, 11, 27, 16, 30, 0, TimeSpan.Zero)), 3));
    }
}
