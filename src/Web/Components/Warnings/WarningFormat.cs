using AmbonCC.Warnings;
using AmbonCC.Warnings.Cap;
using MudBlazor;

namespace AmbonCC.Web.Components.Warnings;

/// <summary>Chip colours and rules of the Warnings page.</summary>
public static class WarningFormat
{
    /// <summary>The roles whose acknowledgement is awaited (and escalated when missing); social posts and the Supervisor are not.</summary>
    public static readonly IReadOnlySet<string> MustAcknowledge = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "rt", "lurah", "bpbd" };

    public static Color StateColor(WarningState state) => state switch
    {
        WarningState.Draft => Color.Warning,
        WarningState.Active => Color.Error,
        WarningState.Cancelled => Color.Default,
        _ => Color.Dark,
    };

    public static Color DeliveryColor(DeliveryState state) => state switch
    {
        DeliveryState.Queued => Color.Default,
        DeliveryState.Sent => Color.Info,
        DeliveryState.Delivered => Color.Primary,
        DeliveryState.Acknowledged => Color.Success,
        DeliveryState.NoChannel => Color.Warning,
        _ => Color.Error,
    };

    public static Color MsgTypeColor(CapMsgType type) => type switch
    {
        CapMsgType.Alert => Color.Error,
        CapMsgType.Update => Color.Warning,
        _ => Color.Default,
    };

    public static bool AwaitsAcknowledgement(RecipientDeliveryView r) =>
        MustAcknowledge.Contains(r.Role) && r.State != DeliveryState.Acknowledged;
}
