using System.Collections.Immutable;
using AmbonCC.Cameras;

namespace AmbonCC.Reports;

/// <summary>The cameras' figures of a window, from their status, timelines and the evidence requests.</summary>
internal static class CameraReportRules
{
    private static readonly string[] OutageKinds = [CameraAlarms.OfflineType, CameraAlarms.FrozenType];

    /// <param name="uptimeDay">The city day whose uptime stands for the window (the day it starts on: the last complete day).</param>
    public static CameraFigures Compute(
        ReportWindow window, DateOnly uptimeDay, IEnumerable<(CameraStatus Status, IReadOnlyList<CameraTimelineEntry> Timeline)> cameras,
        IEnumerable<EvidenceView> evidence)
    {
        var count = 0;
        double online = 0, known = 0;
        var outages = 0;
        foreach (var (status, timeline) in cameras)
        {
            count++;
            if (status.Uptime.FirstOrDefault(u => u.Day == uptimeDay) is { } day)
            {
                online += day.OnlineSeconds;
                known += day.KnownSeconds;
            }

            outages += timeline.Count(e => OutageKinds.Contains(e.Kind, StringComparer.Ordinal) && window.Contains(e.At));
        }

        var requests = evidence.ToList();
        return new CameraFigures(
            count,
            known > 0 ? online / known : null,
            outages,
            requests.Count(e => window.Contains(e.RecordedAt)),
            requests.Count(e => e.Status == EvidenceStatus.Requested && e.RecordedAt < window.To));
    }

    /// <summary>Requests waiting for a Supervisor's approval: the center's own decision.</summary>
    public static ImmutableArray<DecisionItem> Decisions(IEnumerable<EvidenceView> evidence, DateTimeOffset at) =>
    [
        .. evidence.Where(e => e.Status == EvidenceStatus.Requested && e.RecordedAt <= at)
            .OrderBy(e => e.RecordedAt)
            .Select(e => new DecisionItem(DecisionKind.EvidencePending, e.Id, $"{e.Request.Institution} · {e.Request.CaseNumber}", null, e.RecordedAt)),
    ];
}
