namespace AmbonCC.Simulator.Gateway;

/// <summary>
/// What happens to a message on the phone network and in its recipient's hands. Fate is a stable hash of the
/// ids rather than a coin toss, so a redelivered message meets the same fate, and a recipient reached on
/// several channels for one warning either is the kind who answers or is not.
/// </summary>
internal sealed class GatewayPlan(double ackShare, double failShare)
{
    public static readonly TimeSpan MinDelivery = TimeSpan.FromSeconds(1);
    public static readonly TimeSpan MaxDelivery = TimeSpan.FromSeconds(15);
    public static readonly TimeSpan MinAck = TimeSpan.FromMinutes(0.5);
    public static readonly TimeSpan MaxAck = TimeSpan.FromMinutes(6);

    public bool Fails(OutboundMessage message) => Stable.Unit("fail/" + message.MessageId) < failShare;

    /// <summary>Social posts have no reader to acknowledge; people do, if they are among the share that answers.</summary>
    public bool Acknowledges(OutboundMessage message) =>
        !string.IsNullOrEmpty(message.AckUrl) && Stable.Unit($"ack/{message.WarningId}/{message.RecipientId}") < ackShare;

    /// <summary>Simulated time from hand-over to the handset's delivery report.</summary>
    public static TimeSpan DeliveryDelay(double unit) => Between(MinDelivery, MaxDelivery, unit);

    /// <summary>Simulated time from delivery until the person reads and taps the link.</summary>
    public static TimeSpan AckDelay(double unit) => Between(MinAck, MaxAck, unit);

    private static TimeSpan Between(TimeSpan min, TimeSpan max, double unit) => min + (max - min) * Math.Clamp(unit, 0, 1);
}
