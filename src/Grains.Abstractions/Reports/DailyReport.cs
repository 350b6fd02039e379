using System.Collections.Immutable;

namespace AmbonCC.Reports;

/// <summary>
/// One day's report. Stored once with every OPD's items; an OPD head's edition is the same report filtered by
/// <see cref="ReportEditions.ForOpd"/> (<see cref="OpdCode"/> set, only that OPD's items and overdue row).
/// </summary>
/// <param name="Id">The city date the window ends on, <c>yyyy-MM-dd</c>.</param>
[GenerateSerializer, Immutable, Alias("ambon.reports.DailyReport")]
public sealed record DailyReport(
    [property: Id(0)] string Id,
    [property: Id(1)] ReportWindow Window,
    [property: Id(2)] DateTimeOffset GeneratedAt,
    [property: Id(3)] string GeneratedBy,
    [property: Id(4)] DomainFigures Today,
    [property: Id(5)] DomainFigures DayBefore,
    [property: Id(6)] ImmutableArray<DecisionItem> Decisions,
    [property: Id(7)] string? OpdCode = null);

/// <summary>A line of the archive.</summary>
[GenerateSerializer, Immutable, Alias("ambon.reports.ReportSummary")]
public sealed record ReportSummary(
    [property: Id(0)] string Id,
    [property: Id(1)] ReportWindow Window,
    [property: Id(2)] DateTimeOffset GeneratedAt,
    [property: Id(3)] int Decisions);

/// <summary>
/// A report entered the archive (generated at 07:00 or on demand, or regenerated): open /reports pages add or
/// replace its line. On the overview stream for pages only: not an overview event, so SSE readers do not get it.
/// </summary>
[GenerateSerializer, Immutable, Alias("ambon.reports.ReportArchived")]
public sealed record ReportArchived(
    [property: Id(0)] ReportSummary Summary,
    [property: Id(1)] DateTimeOffset At) : Live.ILiveEvent
{
    public string SubjectId => "report:" + Summary.Id;

    public string Kind => "report-archived";
}

/// <summary>Who opened which edition of a report first, and when.</summary>
[GenerateSerializer, Immutable, Alias("ambon.reports.ReadReceipt")]
public sealed record ReadReceipt(
    [property: Id(0)] string UserName,
    [property: Id(1)] string? OpdCode,
    [property: Id(2)] DateTimeOffset OpenedAt);

/// <summary>
/// A person who receives the report by e-mail: the acting mayor and the Sekda take the city edition
/// (<paramref name="OpdCode"/> null), an OPD head the edition of their OPD.
/// </summary>
[GenerateSerializer, Immutable, Alias("ambon.reports.ReportSubscription")]
public sealed record ReportSubscription(
    [property: Id(0)] string UserName,
    [property: Id(1)] string Email,
    [property: Id(2)] string? OpdCode);

[GenerateSerializer, Alias("ambon.reports.MailState")]
public enum MailState
{
    Pending,
    Sent,

    /// <summary>Gave up after the configured attempts; shown to the Supervisor.</summary>
    Failed,
}

/// <summary>The e-mail of one report to one subscriber; kept in the report's state so that a crash never loses it.</summary>
[GenerateSerializer, Immutable, Alias("ambon.reports.MailDelivery")]
public sealed record MailDelivery(
    [property: Id(0)] string Email,
    [property: Id(1)] string? OpdCode,
    [property: Id(2)] MailState State,
    [property: Id(3)] int Attempts,
    [property: Id(4)] DateTimeOffset? SentAt,
    [property: Id(5)] string? Error);
