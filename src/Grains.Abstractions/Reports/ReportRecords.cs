using System.Collections.Immutable;
using AmbonCC.RiverGauges;

namespace AmbonCC.Reports;

/// <summary>The span a report counts: [From, To), 07:00 to 07:00 city time.</summary>
[GenerateSerializer, Immutable, Alias("ambon.reports.ReportWindow")]
public sealed record ReportWindow(
    [property: Id(0)] DateTimeOffset From,
    [property: Id(1)] DateTimeOffset To)
{
    public bool Contains(DateTimeOffset at) => at >= From && at < To;

    /// <summary>The window a day earlier, for "against the day before".</summary>
    public ReportWindow DayBefore() => new(From.AddDays(-1), To.AddDays(-1));
}

/// <summary>A gauge's highest reading in the window and the band that level falls in.</summary>
[GenerateSerializer, Immutable, Alias("ambon.reports.GaugePeak")]
public sealed record GaugePeak(
    [property: Id(0)] string Code,
    [property: Id(1)] string Name,
    [property: Id(2)] string River,
    [property: Id(3)] double? PeakCm,
    [property: Id(4)] SiagaLevel Band);

/// <param name="MustAcknowledge">Recipients of warnings sent in the window whose role must acknowledge (RT head, lurah, BPBD).</param>
[GenerateSerializer, Immutable, Alias("ambon.reports.RiverFigures")]
public sealed record RiverFigures(
    [property: Id(0)] ImmutableArray<GaugePeak> Gauges,
    [property: Id(1)] int WarningsIssued,
    [property: Id(2)] int MustAcknowledge,
    [property: Id(3)] int Acknowledged)
{
    public static RiverFigures Empty { get; } = new([], 0, 0, 0);

    /// <summary>0..1, null when nobody had to acknowledge.</summary>
    public double? AcknowledgementRate => MustAcknowledge > 0 ? (double)Acknowledged / MustAcknowledge : null;
}

/// <param name="Uptime">Online share over the cameras' known time, 0..1; null when nothing was known.</param>
/// <param name="Outages">Offline or frozen alarms raised in the window.</param>
[GenerateSerializer, Immutable, Alias("ambon.reports.CameraFigures")]
public sealed record CameraFigures(
    [property: Id(0)] int Cameras,
    [property: Id(1)] double? Uptime,
    [property: Id(2)] int Outages,
    [property: Id(3)] int EvidenceRequests,
    [property: Id(4)] int EvidencePending)
{
    public static CameraFigures Empty { get; } = new(0, null, 0, 0, 0);
}

/// <param name="Red">Terminals red at the window's end.</param>
/// <param name="RedThreeDays">Of those, red for 3 days or more (the acting mayor's rule).</param>
/// <param name="Findings">Findings recorded in the window.</param>
/// <param name="Letters">Warning letters issued in the window.</param>
[GenerateSerializer, Immutable, Alias("ambon.reports.TaxFigures")]
public sealed record TaxFigures(
    [property: Id(0)] int Terminals,
    [property: Id(1)] int Red,
    [property: Id(2)] int RedThreeDays,
    [property: Id(3)] decimal Turnover,
    [property: Id(4)] decimal Tax,
    [property: Id(5)] int Findings,
    [property: Id(6)] int Letters)
{
    public static TaxFigures Empty { get; } = new(0, 0, 0, 0m, 0m, 0, 0);
}

[GenerateSerializer, Immutable, Alias("ambon.reports.CountOf")]
public sealed record CountOf(
    [property: Id(0)] string Name,
    [property: Id(1)] int Count);

/// <param name="Verified">Complaints verified in the window; <paramref name="VerifiedInTime"/> of them within 3 working days.</param>
/// <param name="OverdueByOpd">Open complaints past their deadline at the window's end, per OPD ("" = the center's own).</param>
/// <param name="Repeats">New complaints merged into an earlier one (the same problem reported again).</param>
[GenerateSerializer, Immutable, Alias("ambon.reports.ComplaintFigures")]
public sealed record ComplaintFigures(
    [property: Id(0)] int New,
    [property: Id(1)] int Verified,
    [property: Id(2)] int VerifiedInTime,
    [property: Id(3)] ImmutableArray<CountOf> OverdueByOpd,
    [property: Id(4)] int Closed,
    [property: Id(5)] ImmutableArray<CountOf> TopCategories,
    [property: Id(6)] int Repeats)
{
    public static ComplaintFigures Empty { get; } = new(0, 0, 0, [], 0, [], 0);

    public int Overdue => OverdueByOpd.Sum(o => o.Count);
}

[GenerateSerializer, Immutable, Alias("ambon.reports.DomainFigures")]
public sealed record DomainFigures(
    [property: Id(0)] RiverFigures Rivers,
    [property: Id(1)] CameraFigures Cameras,
    [property: Id(2)] TaxFigures Tax,
    [property: Id(3)] ComplaintFigures Complaints);

[GenerateSerializer, Alias("ambon.reports.DecisionKind")]
public enum DecisionKind
{
    /// <summary>A tax terminal red for 3 days or more: check whether the outlet is closed, then act.</summary>
    TerminalRedThreeDays,
    OverdueComplaint,
    CriticalIncident,
    EvidencePending,
}

/// <param name="SubjectId">The serial, tracking id, incident id or evidence id.</param>
/// <param name="OpdCode">The OPD whose decision it is; null for the center's own (only in the city edition).</param>
[GenerateSerializer, Immutable, Alias("ambon.reports.DecisionItem")]
public sealed record DecisionItem(
    [property: Id(0)] DecisionKind Kind,
    [property: Id(1)] string SubjectId,
    [property: Id(2)] string Title,
    [property: Id(3)] string? OpdCode,
    [property: Id(4)] DateTimeOffset Since);
