using System.Collections.Immutable;
using AmbonCC.City;
using AmbonCC.Incidents;
using AmbonCC.Platform;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AmbonCC.Reports;

[GenerateSerializer, Alias("ambon.reports.DailyReportState")]
internal sealed class DailyReportState
{
    [Id(0)] public DailyReport? Report { get; set; }
    [Id(1)] public List<ReadReceipt> Receipts { get; set; } = [];
    [Id(2)] public List<MailDelivery> Deliveries { get; set; } = [];
}

/// <summary>
/// One day's report: generates and stores it, keeps who opened it, and owns its e-mails (durable in its state, sent
/// by a one-shot timer after the generation's answer and retried by the scheduler's ticks).
/// </summary>
internal sealed class DailyReportGrain(
    [PersistentState("daily-report", ProviderNames.GrainStorage)] IPersistentState<DailyReportState> state,
    IGrainFactory grains,
    CityClock clock,
    TimeProvider time,
    IReportMailer mailer,
    IOptions<ReportOptions> options,
    ILogger<DailyReportGrain> logger) : Grain, IDailyReportGrain
{
    public async Task<DailyReport> GenerateAsync(string requestedBy)
    {
        if (!ReportSchedule.TryParseId(this.GetPrimaryKeyString(), out var day))
        {
            throw new ArgumentException("A report's key is its city date, yyyy-MM-dd.");
        }

        var window = new ReportSchedule(clock).WindowOf(day);
        var now = time.GetUtcNow();
        var today = GatherAsync(window);
        var before = GatherAsync(window.DayBefore());
        var decisions = GatherDecisionsAsync(now);
        var report = new DailyReport(this.GetPrimaryKeyString(), window, now, requestedBy, await today, await before, await decisions);

        state.State.Report = report;
        await QueueMailsAsync();
        await state.WriteStateAsync();
        await grains.GetGrain<IReportArchiveGrain>(CityKeys.City).RecordAsync(new ReportSummary(report.Id, window, now, report.Decisions.Length));
        // Sent after this call has answered, so that a slow mail server never holds up the generation.
        this.RegisterGrainTimer(_ => DeliverPendingAsync(), new GrainTimerCreationOptions(TimeSpan.Zero, Timeout.InfiniteTimeSpan));
        return report;
    }

    public Task<DailyReport?> GetAsync(string? opdCode) =>
        Task.FromResult(state.State.Report is { } r ? ReportEditions.For(r, opdCode) : null);

    public async Task<DailyReport?> OpenAsync(string userName, string? opdCode)
    {
        if (state.State.Report is not { } report)
        {
            return null;
        }

        var edition = ReportEditions.For(report, opdCode);
        if (!state.State.Receipts.Any(r => r.UserName == userName && r.OpdCode == edition.OpdCode))
        {
            state.State.Receipts.Add(new ReadReceipt(userName, edition.OpdCode, time.GetUtcNow()));
            await state.WriteStateAsync();
        }

        return edition;
    }

    public Task<ImmutableArray<ReadReceipt>> GetReceiptsAsync() => Task.FromResult(state.State.Receipts.ToImmutableArray());

    public Task<ImmutableArray<MailDelivery>> GetDeliveriesAsync() => Task.FromResult(state.State.Deliveries.ToImmutableArray());

    public async Task<int> DeliverPendingAsync()
    {
        if (state.State.Report is not { } report)
        {
            return 0;
        }

        var sent = 0;
        var deliveries = state.State.Deliveries;
        for (var i = 0; i < deliveries.Count; i++)
        {
            var d = deliveries[i];
            if (d.State != MailState.Pending)
            {
                continue;
            }

            try
            {
                await mailer.SendAsync(ReportEditions.For(report, d.OpdCode), d.Email, CancellationToken.None);
                deliveries[i] = d with { State = MailState.Sent, Attempts = d.Attempts + 1, SentAt = time.GetUtcNow(), Error = null };
                sent++;
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                var attempts = d.Attempts + 1;
                logger.LogWarning("Daily report {Id}: e-mail attempt {Attempt} failed: {Error}", report.Id, attempts, ex.Message);
                deliveries[i] = d with { State = attempts >= options.Value.MailAttempts ? MailState.Failed : MailState.Pending, Attempts = attempts, Error = ex.Message };
            }

            // Stored after each mail: a crash between two sends never sends the first one twice.
            await state.WriteStateAsync();
        }

        return sent;
    }

    /// <summary>One delivery per subscriber; a regeneration re-sends to nobody who already has it.</summary>
    private async Task QueueMailsAsync()
    {
        var subscribers = await grains.GetGrain<IReportSubscriptionsGrain>(CityKeys.City).ListAsync();
        foreach (var s in subscribers)
        {
            if (!state.State.Deliveries.Any(d => string.Equals(d.Email, s.Email, StringComparison.OrdinalIgnoreCase) && d.OpdCode == s.OpdCode))
            {
                state.State.Deliveries.Add(new MailDelivery(s.Email, s.OpdCode, MailState.Pending, 0, null, null));
            }
        }
    }

    private async Task<DomainFigures> GatherAsync(ReportWindow window)
    {
        var rivers = grains.GetGrain<IRiverReportFiguresGrain>(ReportFigures.Any).GetFiguresAsync(window);
        var cameras = grains.GetGrain<ICameraReportFiguresGrain>(ReportFigures.Any).GetFiguresAsync(window);
        var tax = grains.GetGrain<ITaxReportFiguresGrain>(ReportFigures.Any).GetFiguresAsync(window);
        var complaints = grains.GetGrain<IComplaintReportFiguresGrain>(ReportFigures.Any).GetFiguresAsync(window);
        return new DomainFigures(await rivers, await cameras, await tax, await complaints);
    }

    private async Task<ImmutableArray<DecisionItem>> GatherDecisionsAsync(DateTimeOffset at)
    {
        var tax = grains.GetGrain<ITaxReportFiguresGrain>(ReportFigures.Any).GetDecisionsAsync(at);
        var complaints = grains.GetGrain<IComplaintReportFiguresGrain>(ReportFigures.Any).GetDecisionsAsync(at);
        var evidence = grains.GetGrain<ICameraReportFiguresGrain>(ReportFigures.Any).GetDecisionsAsync(at);
        var incidents = grains.GetGrain<IIncidentQueueGrain>(CityKeys.City).GetOpenAsync();
        return [.. await tax, .. await complaints, .. await evidence, .. IncidentReportRules.Decisions(await incidents)];
    }
}
