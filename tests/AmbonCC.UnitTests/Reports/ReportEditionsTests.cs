using AmbonCC.Reports;
using static AmbonCC.UnitTests.Reports.ReportTestData;

namespace AmbonCC.UnitTests.Reports;

public sealed class ReportEditionsTests
{
    public static DailyReport Sample()
    {
        var complaints = ComplaintFigures.Empty with { New = 5, OverdueByOpd = [new("DLHP", 2), new("PUPR", 1), new("", 1)] };
        var figures = new DomainFigures(RiverFigures.Empty, CameraFigures.Empty, TaxFigures.Empty with { Red = 3 }, complaints);
        return new DailyReport("2026-12-02", Window, Window.To, "scheduler", figures, figures,
        [
            new(DecisionKind.OverdueComplaint, "AMB-1", "sampah", "DLHP", H(1)),
            new(DecisionKind.OverdueComplaint, "AMB-2", "jalan", "PUPR", H(2)),
            new(DecisionKind.TerminalRedThreeDays, "T1", "Outlet", "BPPRD", H(-72)),
            new(DecisionKind.CriticalIncident, "INC-1", "Banjir", null, H(3)),
        ]);
    }

    [Fact]
    public void An_opd_heads_edition_holds_only_that_opds_items_and_overdue_row()
    {
        var edition = ReportEditions.ForOpd(Sample(), "dlhp");

        Assert.Equal("DLHP", edition.OpdCode);
        var item = Assert.Single(edition.Decisions);
        Assert.Equal("AMB-1", item.SubjectId);
        Assert.Equal([new CountOf("DLHP", 2)], edition.Today.Complaints.OverdueByOpd.ToArray());
        Assert.Equal([new CountOf("DLHP", 2)], edition.DayBefore.Complaints.OverdueByOpd.ToArray());
        Assert.Equal(5, edition.Today.Complaints.New); // the city's aggregate figures stay
    }

    [Fact]
    public void The_city_edition_holds_everything_and_an_opd_without_items_gets_none()
    {
        Assert.Equal(4, ReportEditions.For(Sample(), null).Decisions.Length);
        Assert.Empty(ReportEditions.ForOpd(Sample(), "SATPOLPP").Decisions);
    }
}
