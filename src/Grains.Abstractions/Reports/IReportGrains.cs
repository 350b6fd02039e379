using System.Collections.Immutable;

namespace AmbonCC.Reports;

/// <summary>One day's report (key: <see cref="DailyReport.Id"/>, the city date its window ends on).</summary>
[Alias("ambon.reports.IDailyReportGrain")]
public interface IDailyReportGrain : IGrainWithStringKey
{
    /// <summary>
    /// Gathers the figures for the window ending at 07:00 on the key's date and stores the report, then queues its
    /// e-mails. Generating again (on demand) replaces the figures and keeps receipts; safe to retry.
    /// </summary>
    [Alias("Generate")]
    Task<DailyReport> GenerateAsync(string requestedBy);

    /// <summary>The stored report, or null when not generated; <paramref name="opdCode"/> selects an OPD's edition.</summary>
    [Alias("Get")]
    Task<DailyReport?> GetAsync(string? opdCode);

    /// <summary>Records that a person opened an edition (the first opening counts) and returns that edition.</summary>
    [Alias("Open")]
    Task<DailyReport?> OpenAsync(string userName, string? opdCode);

    [Alias("Receipts")]
    Task<ImmutableArray<ReadReceipt>> GetReceiptsAsync();

    [Alias("Deliveries")]
    Task<ImmutableArray<MailDelivery>> GetDeliveriesAsync();

    /// <summary>Tries the e-mails still pending; the scheduler calls this on each tick so a failed send is retried.</summary>
    [Alias("Deliver")]
    Task<int> DeliverPendingAsync();
}

/// <summary>The list of past reports, newest first (key: city).</summary>
[Alias("ambon.reports.IReportArchiveGrain")]
public interface IReportArchiveGrain : IGrainWithStringKey
{
    [Alias("Record")]
    Task RecordAsync(ReportSummary summary);

    [Alias("List")]
    Task<ImmutableArray<ReportSummary>> ListAsync(int limit);
}

/// <summary>Who receives the report by e-mail (key: city); set by the Admin.</summary>
[Alias("ambon.reports.IReportSubscriptionsGrain")]
public interface IReportSubscriptionsGrain : IGrainWithStringKey
{
    /// <summary>Adds or replaces the subscription of a user; a null e-mail removes it.</summary>
    [Alias("Set")]
    Task<ImmutableArray<ReportSubscription>> SetAsync(string userName, string? email, string? opdCode);

    [Alias("List")]
    Task<ImmutableArray<ReportSubscription>> ListAsync();
}

/// <summary>
/// Generates the report at 07:00 city time every day (key: city). A durable reminder wakes it; each tick generates
/// the report of the window that has ended, when it is not stored yet, and retries pending e-mails.
/// </summary>
[Alias("ambon.reports.IReportSchedulerGrain")]
public interface IReportSchedulerGrain : IGrainWithStringKey
{
    /// <summary>Registers the reminder (idempotent); called at silo start.</summary>
    [Alias("Start")]
    Task<DateTimeOffset> StartAsync();

    /// <summary>The tick's work, callable directly (tests, a missed tick): returns the id of the report it made, if any.</summary>
    [Alias("Tick")]
    Task<string?> TickAsync();
}
