using AmbonCC.City;
using AmbonCC.RiverGauges;

namespace AmbonCC.Warnings;

/// <summary>
/// One flood warning for a river: its CAP messages (Alert, Updates, Cancel with references), the proposal waiting
/// for approval, every recipient's delivery and acknowledgement, escalation and a timeline.
/// Key: the warning id, e.g. <c>BATUMERAH-20261127-01</c>.
/// </summary>
[Alias("AmbonCC.Warnings.IFloodWarningGrain")]
public interface IFloodWarningGrain : IGrainWithStringKey
{
    /// <summary>Opens the warning: publishes the alert at once when <paramref name="autoIssue"/>, else drafts it.</summary>
    [Alias("Open")]
    Task<WarningView> OpenAsync(RiverSituation situation, bool autoIssue);

    /// <summary>
    /// The river changed: proposes (or, when automatic, publishes) an Update or a Cancel. The answer's state tells
    /// the desk whether the warning is closed (withdrawn or cancelled); the warning never calls the desk.
    /// </summary>
    [Alias("RiverChanged")]
    Task<WarningView> OnRiverChangedAsync(RiverSituation situation);

    /// <summary>A Supervisor approves the pending proposal; it is published and disseminated.</summary>
    [Alias("Approve")]
    Task<WarningView> ApproveAsync(string user);

    /// <summary>A Supervisor rejects the pending proposal (a rejected first draft withdraws the warning).</summary>
    [Alias("Reject")]
    Task<WarningView> RejectAsync(string user, string reason);

    /// <summary>A Supervisor ends an active warning with a Cancel now.</summary>
    [Alias("Cancel")]
    Task<WarningView> CancelAsync(string user, string reason);

    [Alias("Get")]
    Task<WarningView?> GetAsync();

    /// <summary>The CAP 1.2 XML of message <paramref name="number"/> (the latest when null); null if none.</summary>
    [Alias("GetCap")]
    Task<string?> GetCapXmlAsync(int? number);

    /// <summary>Gateway receipts; returns how many changed a recipient's state. Unknown ids throw ArgumentException.</summary>
    [Alias("Receipts")]
    Task<int> ApplyReceiptsAsync(IReadOnlyList<DeliveryReceipt> receipts);

    /// <summary>Whether an acknowledgement link is genuine; changes nothing (the page shown before the click).</summary>
    [Alias("CheckAckToken")]
    Task<bool> IsAcknowledgementLinkValidAsync(string recipientId, string token);

    /// <summary>Acknowledges through the link's button (a POST); false for a wrong token.</summary>
    [Alias("Acknowledge")]
    Task<bool> AcknowledgeAsync(string recipientId, string token);

    /// <summary>The outbox reports what happened to a message: handed to the gateway, or failed for good.</summary>
    [Alias("DispatchOutcome")]
    Task OnDispatchOutcomeAsync(string messageId, bool sent, string? error);
}

/// <summary>One per river (key: river name): keeps the gauges' state and the river's active warning.</summary>
[Alias("AmbonCC.Warnings.IRiverWarningDeskGrain")]
public interface IRiverWarningDeskGrain : IGrainWithStringKey
{
    [Alias("GaugeChanged")]
    Task OnGaugeChangedAsync(GaugeStatus status, GaugeProfile profile);

    /// <summary>The river's open warning, or null once it is cancelled or withdrawn.</summary>
    [Alias("ActiveWarning")]
    Task<string?> GetActiveWarningIdAsync();
}

/// <summary>The city's list of warnings (key: city), for the Warnings page and the public feed.</summary>
[Alias("AmbonCC.Warnings.IWarningRegistryGrain")]
public interface IWarningRegistryGrain : IGrainWithStringKey
{
    [Alias("Upsert")]
    Task UpsertAsync(WarningSummary summary);

    /// <summary>Newest first; the active and pending ones, or also the recent closed ones.</summary>
    [Alias("List")]
    Task<IReadOnlyList<WarningSummary>> ListAsync(bool includeClosed);
}
