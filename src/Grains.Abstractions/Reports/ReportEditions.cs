namespace AmbonCC.Reports;

/// <summary>What each reader's edition holds.</summary>
public static class ReportEditions
{
    /// <summary>
    /// An OPD head's edition: the city's aggregate figures, but of the items that need a decision and of the
    /// overdue complaints only those of their own OPD.
    /// </summary>
    public static DailyReport ForOpd(DailyReport report, string opdCode)
    {
        bool Own(string? code) => string.Equals(code, opdCode, StringComparison.OrdinalIgnoreCase);
        DomainFigures Filter(DomainFigures f) => f with
        {
            Complaints = f.Complaints with { OverdueByOpd = [.. f.Complaints.OverdueByOpd.Where(o => Own(o.Name))] },
        };

        return report with
        {
            OpdCode = opdCode.ToUpperInvariant(),
            Today = Filter(report.Today),
            DayBefore = Filter(report.DayBefore),
            Decisions = [.. report.Decisions.Where(d => Own(d.OpdCode))],
        };
    }

    public static DailyReport For(DailyReport report, string? opdCode) =>
        string.IsNullOrWhiteSpace(opdCode) ? report : ForOpd(report, opdCode);
}
