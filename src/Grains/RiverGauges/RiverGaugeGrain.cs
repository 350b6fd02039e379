using System.Globalization;
using AmbonCC.City;
using AmbonCC.Live;
using AmbonCC.Platform;
using AmbonCC.Platform.Ledger;
using AmbonCC.Warnings;
using Microsoft.Extensions.Logging;

namespace AmbonCC.RiverGauges;

/// <summary>
/// A river gauge: stores readings in the ledger, classifies them (band, rate of rise, staleness), announces every
/// change live and hands significant ones to the river's warning desk. Not reentrant: readings apply in order.
/// </summary>
internal sealed partial class RiverGaugeGrain(
    [PersistentState("riverGauge", ProviderNames.GrainStorage)] IPersistentState<RiverGaugeState> state,
    IGaugeReadingLedger ledger,
    TimeProvider time,
    ILogger<RiverGaugeGrain> logger) : Grain, IRiverGaugeGrain, IRemindable
{
    private const string StaleWatch = "stale-watch";
    private static readonly TimeSpan SnapshotEvery = TimeSpan.FromSeconds(30);
    private GaugeClassifier? classifier;
    private DateTimeOffset lastSnapshot;
    private IGrainTimer? staleTimer;
    private long readingCount;

    private string Code => this.GetPrimaryKeyString();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (state.State.Profile is null)
        {
            return;
        }

        classifier = new GaugeClassifier(CurrentThresholds, state.State.Classifier);
        await ReplayFromLedgerAsync(cancellationToken);
        readingCount = await ledger.CountGaugeReadingsAsync(Code, cancellationToken);
        lastSnapshot = time.GetUtcNow();
        ScheduleStaleCheck();
        ScheduleReactions(TimeSpan.Zero);
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        if (state.State.Profile is not null)
        {
            await state.WriteStateAsync(cancellationToken);
        }
    }

    public async Task<bool> RegisterAsync(GaugeProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ProfileKeys.EnsureMatches(Code, profile.Code, "gauge code");
        profile.ValidateText();
        profile.Thresholds.Validate();
        XmlText.Require(profile.Name, "name");
        XmlText.Require(profile.RiverName, "riverName");
        if (profile == state.State.Profile)
        {
            return false;
        }

        var first = state.State.Profile is null;
        state.State.Profile = profile;
        state.State.Thresholds ??= profile.Thresholds;
        await state.WriteStateAsync();
        classifier ??= new GaugeClassifier(CurrentThresholds, state.State.Classifier);
        if (first)
        {
            // The reminder wakes a gauge that has gone silent, so that silence itself raises the stale alarm.
            await this.RegisterOrUpdateReminder(StaleWatch, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5));
        }

        return true;
    }

    public Task<GaugeProfile?> GetProfileAsync() => Task.FromResult(state.State.Profile);

    public Task<GaugeStatus?> GetStatusAsync() => Task.FromResult(state.State.Profile is null ? null : Status());

    public Task<IReadOnlyList<ThresholdChange>> GetThresholdHistoryAsync() =>
        Task.FromResult<IReadOnlyList<ThresholdChange>>([.. state.State.ThresholdHistory.AsEnumerable().Reverse()]);

    public async Task<IngestResult> IngestAsync(IReadOnlyList<GaugeReading> readings)
    {
        var c = RequireClassifier();
        var now = time.GetUtcNow();
        var errors = ReadingValidator.ValidateBatch(readings, now);
        if (errors.Count > 0)
        {
            var (field, messages) = errors.First();
            throw new ArgumentException(messages[0], field);
        }

        var rows = readings.Select(r => new GaugeReadingRow(Code, r.Seq, r.ObservedAt, r.LevelCm, r.RainfallMm)).ToList();
        var appended = await ledger.AppendAsync(rows);
        var fresh = readings.Where((_, i) => appended.Outcomes[i] == AppendOutcome.Inserted).OrderBy(r => r.ObservedAt).ToList();

        var changes = new List<GaugeChange>();
        foreach (var reading in fresh)
        {
            changes.AddRange(c.Apply(reading, now));
        }

        // From here on the readings are durable: nothing below may turn this batch into an error for the device.
        readingCount += fresh.Count;
        var significant = changes.Where(IsSignificant).ToList();
        state.State.PendingReactions.AddRange(significant);
        if (significant.Count > 0 || now - lastSnapshot >= SnapshotEvery)
        {
            await TrySnapshotAsync(now);
        }

        var status = Status();
        if (fresh.Count > 0)
        {
            await TryAnnounceAsync("reading", status, now);
        }

        ScheduleStaleCheck();
        ScheduleReactions(TimeSpan.Zero);
        return new IngestResult(fresh.Count, appended.Duplicates, changes.Count(ch => ch.Kind == GaugeChangeKind.OutOfOrder), status,
            [.. appended.Outcomes.Select(o => o == AppendOutcome.Inserted ? ItemOutcome.Accepted : ItemOutcome.Duplicate)]);
    }

    public async Task<GaugeStatus> UpdateThresholdsAsync(GaugeThresholds thresholds, bool autoIssueWarnings, string changedBy)
    {
        var c = RequireClassifier();
        thresholds.Validate();
        var now = time.GetUtcNow();
        var old = CurrentThresholds;
        if (old == thresholds && state.State.AutoIssueWarnings == autoIssueWarnings)
        {
            return Status();
        }

        state.State.ThresholdHistory.Add(new ThresholdChange(now, changedBy, old, thresholds, state.State.AutoIssueWarnings, autoIssueWarnings));
        state.State.Thresholds = thresholds;
        state.State.AutoIssueWarnings = autoIssueWarnings;
        state.State.PendingReactions.AddRange(c.Reconfigure(thresholds).Where(IsSignificant));
        await SnapshotAsync(now);
        var status = Status();
        await TryAnnounceAsync("thresholds", status, now);
        ScheduleReactions(TimeSpan.Zero);
        return status;
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName == StaleWatch && classifier is not null)
        {
            await CheckStaleAsync();
        }
    }

    private GaugeThresholds CurrentThresholds => state.State.Thresholds ?? state.State.Profile!.Thresholds;

    private GaugeClassifier RequireClassifier() =>
        classifier ?? throw new ArgumentException($"Unknown gauge '{Code}'.", "code");

    private static bool IsSignificant(GaugeChange change) =>
        change.Kind is not (GaugeChangeKind.Duplicate or GaugeChangeKind.OutOfOrder);

    private async Task SnapshotAsync(DateTimeOffset now)
    {
        await state.WriteStateAsync();
        lastSnapshot = now;
    }

    /// <summary>After the append: a failed snapshot is repaired by the ledger replay, so it is logged, not thrown.</summary>
    private async Task TrySnapshotAsync(DateTimeOffset now)
    {
        try
        {
            await SnapshotAsync(now);
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Gauge {Code}: snapshot failed after a durable append; the ledger replay covers it", Code);
        }
    }

    private async Task TryAnnounceAsync(string kind, GaugeStatus s, DateTimeOffset now)
    {
        try
        {
            await AnnounceAsync(kind, s, now);
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Gauge {Code}: live update failed", Code);
        }
    }

    private GaugeStatus Status()
    {
        var p = state.State.Profile!;
        var c = state.State.Classifier;
        return new GaugeStatus(p.Code, p.Name, p.RiverName, p.Latitude, p.Longitude, c.Band, c.Latest?.LevelCm, c.Latest?.ObservedAt,
            c.RateCmPer10Min, c.RiseAlarm, c.Stale, CurrentThresholds, state.State.AutoIssueWarnings, readingCount);
    }

    private Task AnnounceAsync(string kind, GaugeStatus s, DateTimeOffset now) =>
        LiveStreams.For(this, LiveStreamIds.Rivers).OnNextAsync(kind == "thresholds"
            ? new GaugeThresholdsChanged(s, now)
            : GaugeLevelChanged.From(s, now));
}
