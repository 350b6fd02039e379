using AmbonCC.Complaints;
using AmbonCC.Complaints.Rules;
using AmbonCC.Reports;
using static AmbonCC.UnitTests.Reports.ReportTestData;

namespace AmbonCC.UnitTests.Reports;

public sealed class ComplaintReportRulesTests
{
    private static ComplaintHistoryEntry Step(DateTimeOffset at, ComplaintStatus to) => new(at, "op", to.ToString(), ComplaintStatus.Received, to, null);

    private static ComplaintView View(string id, DateTimeOffset received, string category, ComplaintStatus status = ComplaintStatus.Received,
        string? mergedInto = null, params ComplaintHistoryEntry[] history) =>
        new(id, status, default, category, "d", new ComplaintLocation(null, null, "Jl. A", null), null, true, false, null, null, null, null, null,
            received, received, [.. history], [], null, mergedInto, [], "token");

    private static ComplaintSummary Open(string id, string? opd, ComplaintStatus status, DateTimeOffset due) =>
        new(id, status, default, "sampah", "t", null, null, null, opd, due.AddDays(-5), due, new ComplaintDeadline(DeadlineKind.FollowUp, due, false), false, 1);

    [Fact]
    public void New_verified_in_time_closed_top_categories_repeats_and_overdue_by_opd_figure_by_figure()
    {
        var touched = new[]
        {
            View("c1", H(1), "sampah", ComplaintStatus.Verified, null, Step(H(3), ComplaintStatus.Verified)),
            View("c2", H(2), "sampah", ComplaintStatus.Merged, "c1"),
            View("c3", H(5), "jalan"),
            // Received Tuesday 24 Nov: due by the end of Friday 27 Nov; verified on 1 Dec is late, then closed.
            View("c4", new DateTimeOffset(2026, 11, 24, 8, 0, 0, Wit), "sampah", ComplaintStatus.Closed, null,
                Step(H(2), ComplaintStatus.Verified), Step(H(10), ComplaintStatus.Closed)),
            View("c5", H(-30), "jalan", ComplaintStatus.Closed, null, Step(H(-25), ComplaintStatus.Verified), Step(H(30), ComplaintStatus.Closed)),
            View("c6", H(23), "drainase"),
        };
        var open = new[]
        {
            Open("s1", "DLHP", ComplaintStatus.Dispatched, H(20)),
            Open("s2", "dlhp", ComplaintStatus.Dispatched, H(-5)),
            Open("s3", "PUPR", ComplaintStatus.FollowedUp, H(30)),
            Open("s4", null, ComplaintStatus.Received, H(10)),
            Open("s5", "PUPR", ComplaintStatus.Closed, H(1)),
        };

        var f = ComplaintReportRules.Compute(Window, WorkingDayCalendar.WeekdaysOnly, touched, open);

        Assert.Equal(4, f.New);
        Assert.Equal(2, f.Verified);
        Assert.Equal(1, f.VerifiedInTime);
        Assert.Equal(1, f.Closed);
        Assert.Equal([new CountOf("sampah", 2), new CountOf("drainase", 1), new CountOf("jalan", 1)], f.TopCategories.ToArray());
        Assert.Equal(1, f.Repeats);
        Assert.Equal([new CountOf("DLHP", 2), new CountOf("", 1)], f.OverdueByOpd.ToArray());
        Assert.Equal(3, f.Overdue);
    }

    [Fact]
    public void Overdue_complaints_are_decisions_of_the_opd_they_wait_on()
    {
        var items = ComplaintReportRules.Decisions(
            [Open("s1", "DLHP", ComplaintStatus.Dispatched, H(20)), Open("s2", "PUPR", ComplaintStatus.Dispatched, H(-5)), Open("s3", "PUPR", ComplaintStatus.Dispatched, H(30))], H(24));
        Assert.Equal(["s2", "s1"], items.Select(i => i.SubjectId));
        Assert.Equal(["PUPR", "DLHP"], items.Select(i => i.OpdCode));
    }
}
