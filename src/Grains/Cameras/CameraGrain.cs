using AmbonCC.City;
using AmbonCC.Platform;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AmbonCC.Cameras;

/// <summary>
/// A CCTV point: profile, health (offline, frozen, not recording, uptime), latest snapshot and analytics events.
/// Every change is stored before the caller is answered; the alarms it causes are raised afterwards from the
/// stored pending list (<see cref="CameraGrain.RunReactionsAsync"/>). Not reentrant: inputs apply in order.
/// </summary>
internal sealed partial class CameraGrain(
    [PersistentState("camera", ProviderNames.GrainStorage)] IPersistentState<CameraState> state,
    IOptions<CameraOptions> options,
    TimeProvider time,
    CityClock city,
    ILogger<CameraGrain> logger) : Grain, ICameraGrain, IRemindable
{
    private const string HealthWatch = "health-watch";
    private const int TimelineKept = 200;
    private const int IncidentsKept = 20;
    private static readonly TimeSpan SnapshotEvery = TimeSpan.FromSeconds(30);
    private readonly CameraHealthRules rules = new(options.Value, city);
    private DateTimeOffset lastWrite;
    private DateTimeOffset lastAnnounced;

    private string Code => this.GetPrimaryKeyString();

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        lastWrite = time.GetUtcNow();
        if (state.State.Profile is not null)
        {
            ScheduleOfflineCheck();
            ScheduleReactions(TimeSpan.Zero);
        }

        return Task.CompletedTask;
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        if (state.State.Profile is not null)
        {
            await state.WriteStateAsync(cancellationToken);
        }
    }

    public async Task<bool> RegisterAsync(CameraProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ProfileKeys.EnsureMatches(Code, profile.Code, "camera code");
        if (profile == state.State.Profile)
        {
            return false;
        }

        state.State.Profile = profile;
        await state.WriteStateAsync();
        return true;
    }

    public Task<CameraProfile?> GetProfileAsync() => Task.FromResult(state.State.Profile);

    public Task<CameraStatus?> GetStatusAsync() => Task.FromResult(state.State.Profile is null ? null : Status());

    public Task<IReadOnlyList<CameraTimelineEntry>> GetTimelineAsync() =>
        Task.FromResult<IReadOnlyList<CameraTimelineEntry>>([.. state.State.Timeline.AsEnumerable().Reverse()]);

    public async Task<CameraStatus> HeartbeatAsync(CameraHeartbeat heartbeat)
    {
        var profile = RequireProfile();
        ArgumentNullException.ThrowIfNull(heartbeat);
        var now = time.GetUtcNow();
        var first = state.State.Health.LastReceivedAt is null;
        var changes = rules.Heartbeat(state.State.Health, heartbeat, now);
        if (first)
        {
            // The reminder wakes a camera that went silent while deactivated, so that silence raises the alarm.
            await this.RegisterOrUpdateReminder(HealthWatch, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(2));
            AddTimeline(now, "online", "Heartbeat pertama diterima");
        }

        await ApplyAsync(profile, changes, now, force: first);
        return Status();
    }

    public async Task<CameraStatus> RecordSnapshotAsync(SnapshotInfo snapshot)
    {
        var profile = RequireProfile();
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentException.ThrowIfNullOrWhiteSpace(snapshot.Sha256, "sha256");
        var now = time.GetUtcNow();
        if (state.State.Snapshot is { } known && known.TakenAt >= snapshot.TakenAt)
        {
            return Status(); // a retry, or an older picture than the one held
        }

        state.State.Snapshot = snapshot;
        var changes = rules.Snapshot(state.State.Health, snapshot, now);
        await ApplyAsync(profile, changes, now, force: true);
        return Status();
    }

    public async Task<CameraStatus?> CheckHealthAsync()
    {
        if (state.State.Profile is not { } profile)
        {
            return null;
        }

        var now = time.GetUtcNow();
        var changes = rules.Evaluate(state.State.Health, now);
        if (changes.Count > 0)
        {
            await ApplyAsync(profile, changes, now, force: true);
        }

        return Status();
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName == HealthWatch)
        {
            await CheckHealthAsync();
        }
    }

    /// <summary>
    /// Records condition changes on the timeline and as pending alarms, stores (at once when anything changed, else
    /// every 30 s: a crash then loses at most 30 s of "last seen", which only moves an offline alarm earlier), then
    /// announces. The alarms themselves run after the caller has its answer.
    /// </summary>
    private async Task ApplyAsync(CameraProfile profile, IReadOnlyList<ConditionChange> changes, DateTimeOffset now, bool force)
    {
        foreach (var change in changes)
        {
            var reaction = CameraAlarms.ForCondition(profile, change);
            state.State.PendingReactions.Add(reaction);
            AddTimeline(change.At, change.Raised ? reaction.AlarmType : reaction.AlarmType + "-cleared",
                reaction.Raise?.Summary ?? $"{reaction.AlarmType}: {reaction.ClearReason}");
        }

        var changed = force || changes.Count > 0;
        if (changed || now - lastWrite >= SnapshotEvery)
        {
            await state.WriteStateAsync();
            lastWrite = now;
        }

        if (changed || now - lastAnnounced >= SnapshotEvery)
        {
            await TryAnnounceAsync(changes.Count > 0 ? "health" : "heartbeat", now);
        }

        ScheduleOfflineCheck();
        ScheduleReactions(TimeSpan.Zero);
    }

    private CameraProfile RequireProfile() =>
        state.State.Profile ?? throw new ArgumentException($"Unknown camera '{Code}'.", "code");

    public async Task NoteEvidenceAsync(CameraTimelineEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (state.State.Profile is null || !entry.Kind.StartsWith("evidence-", StringComparison.Ordinal) || entry.Args is not [var evidenceId, ..])
        {
            return;
        }

        if (state.State.Timeline.Any(e => e.Kind == entry.Kind && e.At == entry.At && e.Args is [var id, ..] && id == evidenceId))
        {
            return; // the evidence grain repeating a step after a retry
        }

        AddTimeline(entry);
        await state.WriteStateAsync();
        lastWrite = time.GetUtcNow();
    }

    private void AddTimeline(DateTimeOffset at, string kind, string text, params string[] args) =>
        AddTimeline(new CameraTimelineEntry(at, kind, text, args.Length == 0 ? null : args));

    private void AddTimeline(CameraTimelineEntry entry)
    {
        var timeline = state.State.Timeline;
        timeline.Add(entry);
        if (timeline.Count > TimelineKept)
        {
            timeline.RemoveRange(0, timeline.Count - TimelineKept);
        }
    }

    private void RememberIncident(string incidentId)
    {
        var ids = state.State.IncidentIds;
        if (!ids.Contains(incidentId))
        {
            ids.Insert(0, incidentId);
            if (ids.Count > IncidentsKept)
            {
                ids.RemoveRange(IncidentsKept, ids.Count - IncidentsKept);
            }
        }
    }

    private CameraStatus Status()
    {
        var p = state.State.Profile!;
        var h = state.State.Health;
        return new CameraStatus(p.Code, p.Name, p.Category, p.KelurahanCode, CameraHealthRules.Health(h), h.Conditions,
            h.LastReceivedAt, h.Fps, h.Recording, state.State.Snapshot, [.. state.State.IncidentIds], [.. h.Uptime]);
    }
}
