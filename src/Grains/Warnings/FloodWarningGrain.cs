using AmbonCC.City;
using AmbonCC.Live;
using AmbonCC.Platform;
using AmbonCC.Platform.Outbox;
using AmbonCC.RiverGauges;
using AmbonCC.Warnings.Cap;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AmbonCC.Warnings;

/// <summary>
/// A flood warning's life: draft → active (Alert, Updates) → cancelled, each message a conformant CAP 1.2 alert,
/// disseminated through the durable outbox, with per-recipient acknowledgement and escalation.
/// </summary>
internal sealed partial class FloodWarningGrain(
    [PersistentState("floodWarning", ProviderNames.GrainStorage)] IPersistentState<FloodWarningState> state,
    IOutbox outbox,
    IOptions<WarningOptions> options,
    IPublicBaseUrl publicBaseUrl,
    WarningClock time,
    CityClock clock,
    ILogger<FloodWarningGrain> logger) : Grain, IFloodWarningGrain, IRemindable
{
    private const string System = WarningNotes.SystemActor;
    private string Id => this.GetPrimaryKeyString();
    private FloodWarningState S => state.State;

    public async Task<WarningView> OpenAsync(RiverSituation situation, bool autoIssue)
    {
        if (S.Profile is not null)
        {
            return View(); // a retried open
        }

        var now = time.GetUtcNow();
        S.RiverName = situation.RiverName;
        S.Profile = situation.WorstProfile;
        S.AutoIssue = autoIssue;
        S.OpenedAt = now;
        S.State = WarningState.Draft;
        S.LastSituation = situation;
        S.IncidentId = await WarningIncidents.FindIncidentAsync(GrainFactory, situation, now);
        Note(now, System, autoIssue ? WarningNotes.OpenedAutomatically : WarningNotes.DraftAwaitsApproval,
            situation.Worst.Name, situation.Worst.Band.ToString());
        await ProposeAsync(situation, CapMsgType.Alert, now);
        return await AfterChangeAsync(autoIssue ? System : null);
    }

    public async Task<WarningView> OnRiverChangedAsync(RiverSituation situation)
    {
        var now = time.GetUtcNow();
        S.LastSituation = situation;
        switch (S.State)
        {
            case WarningState.Draft when situation.AllNormal:
                S.State = WarningState.Withdrawn;
                S.Pending = null;
                Note(now, System, WarningNotes.DraftWithdrawn);
                await CloseAsync();
                break;
            case WarningState.Draft:
                await ProposeAsync(situation, CapMsgType.Alert, now);
                break;
            case WarningState.Active:
                var last = S.Messages[^1].View;
                var kind = situation.AllNormal ? CapMsgType.Cancel : CapMsgType.Update;
                if (kind == CapMsgType.Update && situation.Worst.Band == last.Level && S.Pending is null)
                {
                    return View(); // same band: nothing new to say
                }

                await ProposeAsync(situation, kind, now);
                if (kind == CapMsgType.Cancel)
                {
                    Note(now, System, WarningNotes.CancelProposed);
                }
                else
                {
                    Note(now, System, WarningNotes.UpdateProposed, situation.Worst.Band.ToString());
                }

                break;
            default:
                return View();
        }

        return await AfterChangeAsync(S.AutoIssue && S.State == WarningState.Active ? System : null);
    }

    public async Task<WarningView> ApproveAsync(string user)
    {
        if (S.Pending is null)
        {
            throw new InvalidOperationException("Tidak ada usulan yang menunggu persetujuan.");
        }

        return await AfterChangeAsync(user);
    }

    public async Task<WarningView> RejectAsync(string user, string reason)
    {
        RequireReason(reason);
        if (S.Pending is null)
        {
            throw new InvalidOperationException("Tidak ada usulan yang menunggu persetujuan.");
        }

        var now = time.GetUtcNow();
        Note(now, user, WarningNotes.ProposalRejected, S.Pending.View.MsgType.ToString(), reason);
        S.Pending = null;
        if (S.State == WarningState.Draft)
        {
            S.State = WarningState.Withdrawn;
            await CloseAsync();
        }

        return await AfterChangeAsync(null);
    }

    public async Task<WarningView> CancelAsync(string user, string reason)
    {
        RequireReason(reason);
        if (S.State != WarningState.Active)
        {
            throw new InvalidOperationException("Hanya peringatan aktif yang dapat dibatalkan.");
        }

        var now = time.GetUtcNow();
        Note(now, user, WarningNotes.CancelledBySupervisor, reason);
        await ProposeAsync(S.LastSituation!, CapMsgType.Cancel, now);
        return await AfterChangeAsync(user);
    }

    public Task<WarningView?> GetAsync() => Task.FromResult(S.Profile is null ? null : View());

    public Task<string?> GetCapXmlAsync(int? number)
    {
        var message = number is { } n ? S.Messages.FirstOrDefault(m => m.View.Number == n) : S.Messages.LastOrDefault();
        return Task.FromResult(message?.Xml);
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (S.State != WarningState.Active)
        {
            await UnregisterEscalationAsync();
            return;
        }

        if (await EscalateOverdueAsync(time.GetUtcNow()))
        {
            await SaveAndAnnounceAsync("escalation");
        }
    }

    private static void RequireReason(string reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new ArgumentException("A reason is required.", nameof(reason));
        }

        TextLimits.Require(reason, TextLimits.Reason, nameof(reason));
        XmlText.Require(reason, nameof(reason));
    }

    /// <summary>Publishes the pending proposal when someone (a user, or the system for automatic gauges) approved it.</summary>
    private async Task<WarningView> AfterChangeAsync(string? approvedBy)
    {
        if (approvedBy is not null && S.Pending is not null)
        {
            await PublishPendingAsync(approvedBy, time.GetUtcNow());
        }

        await SaveAndAnnounceAsync("warning");
        return View();
    }

    // Stored as a code and its arguments: each screen says it in its reader's language.
    private void Note(DateTimeOffset at, string actor, string code, params string[] args) =>
        S.Timeline.Add(new WarningTimelineEntry(at, "", actor, code, args));

    // The desk learns of the end from the state this grain returns or reports, never from a call back.
    private Task CloseAsync() => UnregisterEscalationAsync();

    private async Task SaveAndAnnounceAsync(string kind)
    {
        await state.WriteStateAsync();
        var view = View();
        var latest = view.Pending?.Headline ?? S.Messages.LastOrDefault()?.View.Headline ?? "";
        var summary = new WarningSummary(
            Id, S.RiverName, S.State, view.Level, latest, time.GetUtcNow(), view.Recipients.Count,
            view.Recipients.Count(r => r.State == DeliveryState.Acknowledged), view.Pending is not null);
        await GrainFactory.GetGrain<IWarningRegistryGrain>(CityKeys.City).UpsertAsync(summary);
        await LiveStreams.For(this, LiveStreamIds.Warnings).OnNextAsync(new WarningChanged(summary, kind));
    }

    private WarningView View() => new(
        Id, S.RiverName, S.Profile?.Code ?? "", S.State, S.AutoIssue,
        [.. S.Messages.Select(m => m.View)], S.Pending?.View,
        [.. S.Recipients.Values.Select(r => r.ToView())], [.. S.Timeline],
        S.OpenedAt, S.Pending?.View.Level ?? S.Messages.LastOrDefault()?.View.Level ?? SiagaLevel.Siaga4, S.IncidentId);
}
