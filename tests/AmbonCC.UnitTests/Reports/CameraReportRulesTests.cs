using AmbonCC.Cameras;
using AmbonCC.City;
using AmbonCC.Reports;
using static AmbonCC.UnitTests.Reports.ReportTestData;

namespace AmbonCC.UnitTests.Reports;

public sealed class CameraReportRulesTests
{
    private static readonly DateOnly Day = new(2026, 12, 1);

    private static CameraStatus Camera(string code, params UptimeDay[] uptime) =>
        new(code, code, CameraCategory.Road, "8171011001", CameraHealth.Online, CameraConditions.None, H(1), 25, true, null, [], uptime);

    private static EvidenceView Evidence(string id, EvidenceStatus status, DateTimeOffset at) =>
        new(id, new EvidenceRequest("Polresta Ambon", "Bripka A", "B/1/XII/2026", Day, "LP/1", "curanmor", ["C1"], H(-5), H(-4)),
            status, "op", at, null, null, null, null, null);

    [Fact]
    public void Uptime_outages_and_evidence_figure_by_figure()
    {
        var cameras = new (CameraStatus, IReadOnlyList<CameraTimelineEntry>)[]
        {
            (Camera("C1", new UptimeDay(Day, 72_000, 86_400), new UptimeDay(Day.AddDays(-1), 0, 86_400)),
                [new(H(2), "offline", ""), new(H(3), "offline-cleared", ""), new(H(4), "frozen", ""), new(H(-1), "offline", ""), new(H(5), "event", "")]),
            (Camera("C2", new UptimeDay(Day, 86_400, 86_400)), [new(H(10), "not_recording", "")]),
            (Camera("C3"), []), // never known: counts as a camera, not in the uptime
        };
        var evidence = new[]
        {
            Evidence("EV-1", EvidenceStatus.Requested, H(1)),
            Evidence("EV-2", EvidenceStatus.OnHold, H(2)),
            Evidence("EV-3", EvidenceStatus.Requested, H(-30)),
            Evidence("EV-4", EvidenceStatus.Requested, H(25)), // after the window
        };

        var figures = CameraReportRules.Compute(Window, Day, cameras, evidence);

        Assert.Equal(3, figures.Cameras);
        Assert.Equal((72_000 + 86_400) / (2 * 86_400.0), figures.Uptime!.Value, 6);
        Assert.Equal(2, figures.Outages); // offline and frozen raised in the window; clears, earlier ones and other kinds not
        Assert.Equal(2, figures.EvidenceRequests);
        Assert.Equal(2, figures.EvidencePending); // EV-1 and EV-3 still wait for approval
    }

    [Fact]
    public void Pending_evidence_is_the_centers_decision()
    {
        var items = CameraReportRules.Decisions([Evidence("EV-9", EvidenceStatus.Requested, H(1)), Evidence("EV-8", EvidenceStatus.Refused, H(1))], H(24));
        var item = Assert.Single(items);
        Assert.Equal(("EV-9", DecisionKind.EvidencePending, (string?)null), (item.SubjectId, item.Kind, item.OpdCode));
    }
}
