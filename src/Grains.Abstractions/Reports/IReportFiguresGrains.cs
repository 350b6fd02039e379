using System.Collections.Immutable;

namespace AmbonCC.Reports;

/// <summary>
/// Per-domain figures for a report window. Stateless workers (key <see cref="ReportFigures.Any"/>) that read the
/// domains through their own contracts and ledgers; they own no state and change nothing.
/// </summary>
public static class ReportFigures
{
    public const long Any = 0;
}

[Alias("ambon.reports.IRiverReportFiguresGrain")]
public interface IRiverReportFiguresGrain : IGrainWithIntegerKey
{
    [Alias("Figures")]
    Task<RiverFigures> GetFiguresAsync(ReportWindow window);
}

[Alias("ambon.reports.ICameraReportFiguresGrain")]
public interface ICameraReportFiguresGrain : IGrainWithIntegerKey
{
    [Alias("Figures")]
    Task<CameraFigures> GetFiguresAsync(ReportWindow window);

    /// <summary>Evidence requests waiting for a Supervisor's approval at <paramref name="at"/>.</summary>
    [Alias("Decisions")]
    Task<ImmutableArray<DecisionItem>> GetDecisionsAsync(DateTimeOffset at);
}

[Alias("ambon.reports.ITaxReportFiguresGrain")]
public interface ITaxReportFiguresGrain : IGrainWithIntegerKey
{
    [Alias("Figures")]
    Task<TaxFigures> GetFiguresAsync(ReportWindow window);

    /// <summary>Terminals red for 3 days or more at <paramref name="at"/>, owned by the revenue agency.</summary>
    [Alias("Decisions")]
    Task<ImmutableArray<DecisionItem>> GetDecisionsAsync(DateTimeOffset at);
}

[Alias("ambon.reports.IComplaintReportFiguresGrain")]
public interface IComplaintReportFiguresGrain : IGrainWithIntegerKey
{
    [Alias("Figures")]
    Task<ComplaintFigures> GetFiguresAsync(ReportWindow window);

    /// <summary>Overdue complaints at <paramref name="at"/>, each with the OPD it waits on.</summary>
    [Alias("Decisions")]
    Task<ImmutableArray<DecisionItem>> GetDecisionsAsync(DateTimeOffset at);
}
