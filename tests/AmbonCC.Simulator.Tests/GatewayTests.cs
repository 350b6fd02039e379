using AmbonCC.Simulator.Gateway;

namespace AmbonCC.Simulator.Tests;

public sealed class GatewayTests
{
    private static OutboundMessage Message(int i, string? ackUrl = "http://127.0.0.1:5080/ack/t") =>
        new($"m{i}", "w1", $"r{i}", "whatsapp", "+6281200000000", "Siaga 2 Wai Batu Merah", ackUrl);

    [Fact]
    public void About_the_configured_share_of_recipients_acknowledge()
    {
        var plan = new GatewayPlan(ackShare: 0.8, failShare: 0);
        var acknowledging = Enumerable.Range(0, 2000).Count(i => plan.Acknowledges(Message(i)));
        Assert.InRange(acknowledging, 1500, 1700);
    }

    [Fact]
    public void A_recipient_decides_once_per_warning_whatever_the_channel_and_social_posts_never_acknowledge()
    {
        var plan = new GatewayPlan(0.5, 0);
        var whatsapp = Message(1);
        var sms = whatsapp with { MessageId = "m-sms", Channel = "sms" };
        Assert.Equal(plan.Acknowledges(whatsapp), plan.Acknowledges(sms));
        Assert.False(new GatewayPlan(1, 0).Acknowledges(Message(2, ackUrl: null)));
        Assert.True(new GatewayPlan(1, 0).Acknowledges(Message(2)));
        Assert.False(new GatewayPlan(0, 0).Acknowledges(Message(2)));
    }

    [Fact]
    public void Delays_stay_within_their_ranges()
    {
        Assert.Equal(TimeSpan.FromMinutes(0.5), GatewayPlan.AckDelay(0));
        Assert.Equal(TimeSpan.FromMinutes(6), GatewayPlan.AckDelay(1));
        Assert.InRange(GatewayPlan.DeliveryDelay(0.5), GatewayPlan.MinDelivery, GatewayPlan.MaxDelivery);
    }

    [Fact]
    public void A_message_without_ids_is_named_by_its_missing_field()
    {
        Assert.Null(Message(1).MissingField);
        Assert.Equal("warningId", (Message(1) with { WarningId = "" }).MissingField);
    }
}
