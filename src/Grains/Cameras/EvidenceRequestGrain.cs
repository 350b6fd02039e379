using System.Text.Json;
using AmbonCC.City;
using AmbonCC.Platform;
using AmbonCC.Platform.Outbox;
using Microsoft.Extensions.Logging;

namespace AmbonCC.Cameras;

[GenerateSerializer, Alias("ambon.cameras.EvidenceState")]
internal sealed class EvidenceState
{
    [Id(0)] public EvidenceView? View { get; set; }

    [Id(1)] public List<CustodyEntry> Custody { get; set; } = [];
}

/// <summary>A request for footage and its chain of custody; every step is an entry chained to the one before.</summary>
internal sealed partial class EvidenceRequestGrain(
    [PersistentState("evidence", ProviderNames.GrainStorage)] IPersistentState<EvidenceState> state,
    IOutbox outbox,
    TimeProvider time,
    ILogger<EvidenceRequestGrain> logger) : Grain, IEvidenceRequestGrain
{
    /// <summary>The outbox channel of messages to a camera's video management system.</summary>
    public const string VmsChannel = "vms";

    public async Task<EvidenceView> RecordAsync(EvidenceRequest request, string recordedBy)
    {
        if (state.State.View is { } existing)
        {
            return existing.Request == request ? await FollowUpAsync(existing) : throw new InvalidOperationException("This evidence id is already taken.");
        }

        var now = time.GetUtcNow();
        var view = new EvidenceView(this.GetPrimaryKeyString(), request, EvidenceStatus.Requested, recordedBy, now, null, null, null, null, null);
        return await FollowUpAsync(await StepAsync(view, recordedBy, "requested",
            $"{request.Institution}; {request.OfficerName}; surat {request.LetterNumber} ({request.LetterDate:yyyy-MM-dd}); perkara {request.CaseNumber}; " +
            $"kamera {string.Join(",", request.CameraCodes)}; {request.From:O}–{request.To:O}; alasan: {request.Reason}"));
    }

    public async Task<EvidenceView> DecideAsync(bool approve, string reason, string supervisor)
    {
        var view = await FollowUpAsync(await DecideOnceAsync(approve, reason, supervisor));
        return view.Status == EvidenceStatus.OnHold ? await TellVmsAsync(view, "legal-hold") : view;
    }

    private Task<EvidenceView> DecideOnceAsync(bool approve, string reason, string supervisor)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        var view = Require(EvidenceStatus.Requested, approve ? EvidenceStatus.OnHold : EvidenceStatus.Refused);
        if (view.Status != EvidenceStatus.Requested)
        {
            return Task.FromResult(view); // a retry of the same decision
        }

        var decided = view with { Status = approve ? EvidenceStatus.OnHold : EvidenceStatus.Refused, DecidedBy = supervisor, DecisionReason = reason };
        return StepAsync(decided, supervisor, approve ? "approved-legal-hold" : "refused", reason);
    }

    /// <summary>
    /// Tells each VMS that records one of the cameras to hold (or release) the window, through the outbox after the
    /// step is stored. Every call sends again under the same idempotency key, so a retried approval that stopped
    /// before this point still reaches the VMS, and never twice.
    /// </summary>
    private async Task<EvidenceView> TellVmsAsync(EvidenceView view, string action)
    {
        var profiles = await Task.WhenAll(view.Request.CameraCodes.Select(c => GrainFactory.GetGrain<AmbonCC.Cameras.ICameraGrain>(c).GetProfileAsync()));
        var messages = profiles.OfType<CameraProfile>().Where(p => p.VmsId is { Length: > 0 }).GroupBy(p => p.VmsId!)
            .Select(g => new OutboxMessage(VmsChannel, g.Key, JsonSerializer.Serialize(new
            {
                action, evidenceId = view.Id, cameras = g.Select(p => p.Code).ToArray(), from = view.Request.From, to = view.Request.To,
                letterNumber = view.Request.LetterNumber, caseNumber = view.Request.CaseNumber,
            }), $"evidence/{view.Id}/{action}/{g.Key}", new OutboxCorrelation("evidence", view.Id, g.Key)))
            .ToList();
        if (messages.Count > 0)
        {
            await outbox.EnqueueAsync(messages);
        }

        return view;
    }

    public async Task<EvidenceView> RecordExportAsync(EvidenceExport export, string actor) =>
        await FollowUpAsync(await RecordExportOnceAsync(export, actor));

    private Task<EvidenceView> RecordExportOnceAsync(EvidenceExport export, string actor)
    {
        ArgumentNullException.ThrowIfNull(export);
        if (!EvidenceRules.IsSha256(export.Sha256))
        {
            throw new ArgumentException("64 lower-case hex digits.", "sha256");
        }

        var view = Require(EvidenceStatus.OnHold, EvidenceStatus.Exported);
        if (view.Status == EvidenceStatus.Exported)
        {
            return view.Export == export ? Task.FromResult(view) : throw new InvalidOperationException("An export is already recorded.");
        }

        return StepAsync(view with { Status = EvidenceStatus.Exported, Export = export }, actor, "exported",
            $"{export.FileName}; {export.SizeBytes} bytes; sha256 {export.Sha256}");
    }

    public async Task<EvidenceView> HandOverAsync(string officerName, string handedOverBy) =>
        await FollowUpAsync(await HandOverOnceAsync(officerName, handedOverBy));

    private Task<EvidenceView> HandOverOnceAsync(string officerName, string handedOverBy)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(officerName);
        var view = Require(EvidenceStatus.Exported, EvidenceStatus.HandedOver);
        if (view.Status == EvidenceStatus.HandedOver)
        {
            return Task.FromResult(view);
        }

        var now = time.GetUtcNow();
        return StepAsync(view with { Status = EvidenceStatus.HandedOver, HandedOverTo = officerName, HandedOverAt = now }, handedOverBy, "handed-over",
            $"diserahkan oleh {handedOverBy} kepada {officerName}; sha256 {view.Export!.Sha256}");
    }

    public async Task<EvidenceView> ReleaseAsync(string reason, string supervisor) =>
        await TellVmsAsync(await FollowUpAsync(await ReleaseOnceAsync(reason, supervisor)), "release-hold");

    private Task<EvidenceView> ReleaseOnceAsync(string reason, string supervisor)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        var view = state.State.View ?? throw new KeyNotFoundException("No such evidence request.");
        if (view.Status == EvidenceStatus.Released)
        {
            return Task.FromResult(view);
        }

        if (view.Status is not (EvidenceStatus.OnHold or EvidenceStatus.Exported or EvidenceStatus.HandedOver))
        {
            throw new InvalidOperationException($"No legal hold to release (status {view.Status}).");
        }

        return StepAsync(view with { Status = EvidenceStatus.Released }, supervisor, "hold-released", reason);
    }

    public Task<EvidenceView?> GetAsync() => Task.FromResult(state.State.View);

    public Task<CustodyReport> GetCustodyAsync()
    {
        var log = state.State.Custody;
        var broken = CustodyChain.FirstBroken(log);
        return Task.FromResult(new CustodyReport(this.GetPrimaryKeyString(), [.. log], broken is null, broken));
    }

    /// <summary>The current view when it is at <paramref name="expected"/> (or already at <paramref name="next"/>, a retry).</summary>
    private EvidenceView Require(EvidenceStatus expected, EvidenceStatus next)
    {
        var view = state.State.View ?? throw new KeyNotFoundException("No such evidence request.");
        return view.Status == expected || view.Status == next
            ? view
            : throw new InvalidOperationException($"Not possible while the request is {view.Status}.");
    }

    private async Task<EvidenceView> StepAsync(EvidenceView next, string actor, string action, string details)
    {
        var entry = CustodyChain.Append(state.State.Custody, time.GetUtcNow(), actor, action, details);
        var previous = state.State.View;
        state.State.View = next;
        state.State.Custody.Add(entry);
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            state.State.View = previous;
            state.State.Custody.RemoveAt(state.State.Custody.Count - 1);
            throw;
        }

        return next;
    }
}
