using AmbonCC.City;
using AmbonCC.Platform;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AmbonCC.TaxTerminals;

/// <summary>
/// An M-Post terminal: stores receipts in the ledger (idempotent on receipt number), keeps compact hourly figures,
/// watches its presence against the outlet's hours and hands findings to its taxpayer after the answer.
/// Not reentrant: receipts apply in order.
/// </summary>
internal sealed partial class TaxTerminalGrain(
    [PersistentState("taxTerminal", ProviderNames.GrainStorage)] IPersistentState<TaxTerminalState> state,
    ITaxTransactionLedger ledger,
    IOptions<TaxRuleOptions> options,
    TimeProvider time,
    CityClock clock,
    ILogger<TaxTerminalGrain> logger) : Grain, ITaxTerminalGrain, IRemindable
{
    // The snapshot writes every hourly figure of nine weeks; receipts since it are replayed from the ledger on
    // activation, so it is a bound on replay work, not on durability. At 200 it was a state write per two batches.
    private const int SnapshotEveryReceipts = 5000;

    // What replay cannot rebuild is the last heartbeat (LastSeenAt): it is written at most this often, on a timer
    // after the answer, each terminal at its own phase so that a silo's terminals do not all write at once. The
    // presence rule looks every few minutes for a silence of half an hour, so a crash costs it nothing it needs.
    private static readonly TimeSpan SnapshotEvery = TimeSpan.FromMinutes(5);
    private IGrainTimer? snapshotTimer;
    private int sinceSnapshot;
    private bool seenSinceSnapshot;

    private string Serial => this.GetPrimaryKeyString();

    private TaxRuleOptions Rules => options.Value;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (state.State.Profile is not null)
        {
            StartSnapshotTimer();
            await ReplayFromLedgerAsync(cancellationToken);
            ScheduleReactions(TimeSpan.Zero);
            // The register may have lost the row (or never had it): every activation reports it once.
            ScheduleAnnounce(force: true);
        }
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        if (state.State.Profile is not null && (sinceSnapshot > 0 || seenSinceSnapshot))
        {
            await state.WriteStateAsync(cancellationToken);
        }
    }

    public async Task<bool> RegisterAsync(RestaurantProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ProfileKeys.EnsureMatches(Serial, profile.TerminalSerial, "terminal serial");
        if (profile == state.State.Profile)
        {
            return false;
        }

        state.State.Profile = profile;
        await state.WriteStateAsync();
        StartSnapshotTimer();
        ScheduleAnnounce(force: true);
        return true;
    }

    public Task<RestaurantProfile?> GetProfileAsync() => Task.FromResult(state.State.Profile);

    public Task<TerminalStatus?> GetStatusAsync() => Task.FromResult(state.State.Profile is null ? null : Status(time.GetUtcNow()));

    public Task<IReadOnlyList<HourFigures>> GetHoursAsync(DateOnly fromLocalDay)
    {
        var from = fromLocalDay.ToDateTime(TimeOnly.MinValue);
        return Task.FromResult<IReadOnlyList<HourFigures>>([.. state.State.Hours.Values.Where(h => h.LocalHour >= from).OrderBy(h => h.LocalHour)]);
    }

    public async Task<TaxIngestResult> IngestAsync(IReadOnlyList<TaxTransaction> transactions)
    {
        var profile = RequireProfile();
        var now = time.GetUtcNow();
        var errors = TransactionValidator.ValidateBatch(transactions, now, Rules);
        if (errors.Count > 0)
        {
            var (field, messages) = errors.First();
            throw new ArgumentException(messages[0], field);
        }

        var distinct = transactions.DistinctBy(t => t.ReceiptNo).ToList();
        await RefuseChangedReceiptsAsync(distinct, now);

        var rows = distinct.Select(t => TaxTransactionRow.From(Serial, profile.Npwpd, t)).ToList();
        var appended = await ledger.AppendAsync(rows);

        // From here on the receipts are durable: nothing below may turn this batch into an error for the device.
        var fresh = distinct.Where((_, i) => appended.Outcomes[i] == Platform.Ledger.AppendOutcome.Inserted).ToList();
        Apply(fresh, now);
        MarkSeen(now);
        if (state.State.PendingFindings.Count > 0 || state.State.PendingClear)
        {
            await TrySnapshotAsync(now);
        }
        else if (sinceSnapshot >= SnapshotEveryReceipts)
        {
            snapshotTimer?.Change(TimeSpan.Zero, SnapshotEvery);
        }

        await TryEnsureWatchAsync();
        ScheduleAnnounce(force: false);
        ScheduleReactions(TimeSpan.Zero);
        return new TaxIngestResult(fresh.Count, transactions.Count - fresh.Count, Status(now), [.. fresh.Select(t => t.ReceiptNo)]);
    }

    public async Task<TerminalStatus> HeartbeatAsync(DateTimeOffset? deviceTime)
    {
        RequireProfile();
        var now = time.GetUtcNow();
        MarkSeen(now);
        if (deviceTime is { } deviceClock && PresenceRules.ClockSkew(Serial, deviceClock, now, Rules, clock) is { } skew)
        {
            Pend(skew);
        }

        if (state.State.PendingFindings.Count > 0 || state.State.PendingClear)
        {
            await TrySnapshotAsync(now);
        }

        await TryEnsureWatchAsync();
        ScheduleAnnounce(force: false);
        ScheduleReactions(TimeSpan.Zero);
        return Status(now);
    }

    public async Task<bool> SeedHistoryAsync(IReadOnlyList<HourFigures> hours, long lastReceiptNo)
    {
        RequireProfile();
        if (state.State.HistorySeeded || state.State.Hours.Count > 0)
        {
            return false;
        }

        foreach (var h in hours)
        {
            state.State.Hours[h.LocalHour] = h;
        }

        // Not "seen": a terminal is watched for silence from its first real heartbeat or receipt, so that a demo
        // without the simulator does not turn every outlet red half an hour into opening time.
        state.State.LastReceiptNo ??= lastReceiptNo;
        state.State.HistorySeeded = true;
        await state.WriteStateAsync();
        ScheduleAnnounce(force: true);
        return true;
    }

    /// <summary>
    /// A receipt number at or below the highest seen may be a retry: compare it with the ledger. Any changed
    /// receipt refuses the whole batch (409) and is recorded as a manipulation finding.
    /// </summary>
    private async Task RefuseChangedReceiptsAsync(List<TaxTransaction> batch, DateTimeOffset now)
    {
        var last = state.State.LastReceiptNo ?? 0;
        var suspects = batch.Where(t => t.ReceiptNo <= last).ToList();
        if (suspects.Count == 0)
        {
            return;
        }

        var stored = await ledger.ReadHashesAsync(Serial, [.. suspects.Select(t => t.ReceiptNo)]);
        var changed = suspects.Where(t => stored.TryGetValue(t.ReceiptNo, out var hash) && hash != t.ContentHash()).Select(t => t.ReceiptNo).ToList();
        if (changed.Count == 0)
        {
            return;
        }

        Pend(ReceiptRules.Finding($"changed:{Serial}:{string.Join(",", changed.Take(5))}:{now.UtcTicks}", FindingKind.ChangedReceipt, Serial, now, 6,
            $"Struk {string.Join(", ", changed.Take(10))} dikirim ulang dengan isi berbeda",
            ("receipts", string.Join(",", changed.Take(50)))));
        await TrySnapshotAsync(now);
        ScheduleReactions(TimeSpan.Zero);
        throw new ReceiptConflictException(Serial, changed);
    }

    /// <summary>Adds durable receipts to the figures and runs the per-batch rules.</summary>
    private void Apply(IReadOnlyList<TaxTransaction> fresh, DateTimeOffset now)
    {
        if (fresh.Count == 0)
        {
            return;
        }

        foreach (var finding in ReceiptRules.Sequence(Serial, state.State.LastReceiptNo, fresh, now, Rules, clock))
        {
            Pend(finding);
        }

        if (ReceiptRules.TaxRate(Serial, fresh, now, Rules, clock) is { } rate)
        {
            Pend(rate);
        }

        foreach (var t in fresh)
        {
            TerminalFigures.Add(state.State.Hours, t, clock);
            if (state.State.LastReceiptNo is not { } l || t.ReceiptNo > l || t.ReceiptNo < l - ReceiptRules.ResetDrop)
            {
                state.State.LastReceiptNo = t.ReceiptNo;
            }
        }

        foreach (var day in fresh.Select(t => clock.DayOf(t.IssuedAt)).Distinct())
        {
            if (TurnoverRules.HeavyVoids(Serial, day, TerminalFigures.DayOf(state.State.Hours, day), now, Rules) is { } voids)
            {
                Pend(voids);
            }
        }

        sinceSnapshot += fresh.Count;
    }

    private void MarkSeen(DateTimeOffset now)
    {
        state.State.LastSeenAt = now;
        seenSinceSnapshot = true;
        if (state.State.RedSince is not null)
        {
            state.State.RedSince = null;
            state.State.PendingClear = true;
        }
    }

    private void Pend(TaxFinding finding)
    {
        if (state.State.ReportedIds.Contains(finding.Id) || state.State.PendingFindings.Any(f => f.Id == finding.Id))
        {
            return;
        }

        state.State.PendingFindings.Add(finding.ForStorage());
    }

    private async Task TryEnsureWatchAsync()
    {
        try
        {
            await EnsureWatchAsync();
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Terminal {Serial}: presence reminder not registered yet; the next batch retries", Serial);
        }
    }

    private RestaurantProfile RequireProfile() =>
        state.State.Profile ?? throw new ArgumentException($"Unknown terminal '{Serial}'.", "serial");

    private async Task TrySnapshotAsync(DateTimeOffset now)
    {
        try
        {
            TerminalFigures.Prune(state.State.Hours, now, clock);
            await state.WriteStateAsync();
            sinceSnapshot = 0;
            seenSinceSnapshot = false;
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Terminal {Serial}: snapshot failed after a durable append; the ledger replay covers it", Serial);
        }
    }

    /// <summary>The periodic snapshot, first due at a random point of its period (see <see cref="SnapshotEvery"/>).</summary>
    private void StartSnapshotTimer() =>
        snapshotTimer ??= this.RegisterGrainTimer(SnapshotTickAsync, new GrainTimerCreationOptions(SnapshotEvery * Random.Shared.NextDouble(), SnapshotEvery));

    private Task SnapshotTickAsync() => sinceSnapshot > 0 || seenSinceSnapshot ? TrySnapshotAsync(time.GetUtcNow()) : Task.CompletedTask;

    private TerminalStatus Status(DateTimeOffset now)
    {
        var p = state.State.Profile!;
        var ((turnover, tax, receipts), month, lastMonth) = TerminalFigures.Status(state.State.Hours, clock.DayOf(now));
        var health = state.State.RedSince is not null ? TerminalHealth.Red : state.State.LastSeenAt is null ? TerminalHealth.Unknown : TerminalHealth.Green;
        return new TerminalStatus(p.TerminalSerial, p.Npwpd, p.Name, p.KelurahanCode, health, state.State.LastSeenAt, state.State.LastReceiptNo,
            turnover, tax, receipts, state.State.RedSince, p.Latitude, p.Longitude, month.Turnover, lastMonth, month.Tax);
    }
}
