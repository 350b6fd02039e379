using AmbonCC.City;
using AmbonCC.Reports;
using AmbonCC.TaxTerminals;
using Microsoft.Extensions.Time.Testing;
using static AmbonCC.UnitTests.Reports.ReportTestData;

namespace AmbonCC.UnitTests.Reports;

public sealed class TaxReportRulesTests
{
    private static readonly CityClock Clock = new(new FakeTimeProvider(Window.To));

    private static TerminalStatus Terminal(string serial, TerminalHealth health, DateTimeOffset? redSince) =>
        new(serial, "NP-" + serial, "Outlet " + serial, "8171011001", health, H(0), 1, 0, 0, 0, redSince, -3.7, 128.2, 0, 0, 0);

    private static HourFigures Hour(int day, int hour, decimal turnover) => new(new DateTime(2026, 12, day, hour, 0, 0), turnover, turnover / 10, 3, 0);

    private static TaxpayerView Taxpayer(string npwpd, DateTimeOffset[] findings, DateTimeOffset[] letters) => new(
        new RestaurantProfile(npwpd, npwpd, default, "Jl. A", "8171011001", -3.7, 128.2, "T", [], 100),
        ["T"], TaxpayerStanding.Watched, 1,
        [.. findings.Select((at, i) => new TaxFinding($"f{i}", FindingKind.DeviceOff, "T", at, 1, "", new Dictionary<string, string>()))],
        new CaseView(CaseStage.Open, H(0), null, false, [.. letters.Select((at, i) => new WarningLetter($"L{i}", CaseStage.Open, at, at.AddDays(7), "officer", []))], [], null),
        []);

    [Fact]
    public void Red_terminals_turnover_tax_findings_and_letters_figure_by_figure()
    {
        var terminals = new (TerminalStatus, IReadOnlyList<HourFigures>)[]
        {
            // 1 Dec 06:00 is before the window, 2 Dec 07:00 is the next window's first hour.
            (Terminal("A", TerminalHealth.Green, null), [Hour(1, 6, 999_000), Hour(1, 7, 100_000), Hour(1, 12, 250_000), Hour(2, 6, 50_000), Hour(2, 7, 777_000)]),
            (Terminal("B", TerminalHealth.Red, Window.To.AddDays(-4)), [Hour(1, 19, 200_000)]),
            (Terminal("C", TerminalHealth.Red, Window.To.AddHours(-5)), []),
            (Terminal("D", TerminalHealth.Red, Window.To.AddHours(2)), []), // went red after the window
        };
        var taxpayers = new[]
        {
            Taxpayer("NP-A", [H(1), H(30)], [H(2)]),
            Taxpayer("NP-B", [H(-1), H(20)], [H(-50), H(23.9)]),
        };

        var figures = TaxReportRules.Compute(Window, Clock, terminals, taxpayers);

        Assert.Equal(4, figures.Terminals);
        Assert.Equal(2, figures.Red);
        Assert.Equal(1, figures.RedThreeDays);
        Assert.Equal(600_000m, figures.Turnover);
        Assert.Equal(60_000m, figures.Tax);
        Assert.Equal(2, figures.Findings);
        Assert.Equal(2, figures.Letters);
    }

    [Fact]
    public void Terminals_red_three_days_are_the_revenue_agencys_decision()
    {
        var items = TaxReportRules.Decisions(
            [Terminal("B", TerminalHealth.Red, H(-72)), Terminal("C", TerminalHealth.Red, H(-71)), Terminal("E", TerminalHealth.Red, H(-100))], H(0), "BPPRD");
        Assert.Equal(["E", "B"], items.Select(i => i.SubjectId));
        Assert.All(items, i => Assert.Equal(("BPPRD", DecisionKind.TerminalRedThreeDays), (i.OpdCode, i.Kind)));
    }
}
