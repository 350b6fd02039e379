using System.Collections.Immutable;
using AmbonCC.Complaints;
using AmbonCC.Complaints.Rules;

namespace AmbonCC.Reports;

/// <summary>The complaint figures of a window, from the complaints' histories and the open complaints' deadlines.</summary>
internal static class ComplaintReportRules
{
    public const int TopCategories = 3;

    private static readonly ComplaintStatus[] Done =
        [ComplaintStatus.Closed, ComplaintStatus.Archived, ComplaintStatus.NotOurAuthority, ComplaintStatus.Merged];

    /// <param name="touched">Complaints updated since the window began (with their history).</param>
    /// <param name="open">Every open complaint (summaries with their current deadline).</param>
    public static ComplaintFigures Compute(
        ReportWindow window, WorkingDayCalendar calendar, IReadOnlyCollection<ComplaintView> touched, IEnumerable<ComplaintSummary> open)
    {
        var received = touched.Where(c => window.Contains(c.ReceivedAt)).ToList();
        var verified = touched
            .Select(c => (c, At: c.History.Where(h => h.To == ComplaintStatus.Verified).Select(h => (DateTimeOffset?)h.At).FirstOrDefault()))
            .Where(x => x.At is { } at && window.Contains(at))
            .ToList();
        var inTime = verified.Count(x => x.At <= calendar.Deadline(x.c.ReceivedAt, ComplaintDeadlines.VerificationDays));
        var closed = touched.Count(c => c.History.Any(h => h.To == ComplaintStatus.Closed && window.Contains(h.At)));
        var top = received.GroupBy(c => c.Category, StringComparer.Ordinal)
            .Select(g => new CountOf(g.Key, g.Count()))
            .OrderByDescending(c => c.Count).ThenBy(c => c.Name, StringComparer.Ordinal)
            .Take(TopCategories).ToImmutableArray();
        var repeats = received.Count(c => c.Status == ComplaintStatus.Merged || c.MergedInto is not null);
        var overdue = OverdueAt(open, window.To)
            .GroupBy(c => c.OpdCode ?? "", StringComparer.OrdinalIgnoreCase)
            .Select(g => new CountOf(g.Key, g.Count()))
            .OrderByDescending(c => c.Count).ThenBy(c => c.Name, StringComparer.Ordinal)
            .ToImmutableArray();
        return new ComplaintFigures(received.Count, verified.Count, inTime, overdue, closed, top, repeats);
    }

    /// <summary>Each overdue complaint, for the OPD it is waiting on (null: the center's own verification).</summary>
    public static ImmutableArray<DecisionItem> Decisions(IEnumerable<ComplaintSummary> open, DateTimeOffset at) =>
    [
        .. OverdueAt(open, at).OrderBy(c => c.Deadline!.DueAt)
            .Select(c => new DecisionItem(DecisionKind.OverdueComplaint, c.Id, $"{c.Category}: {c.Title}", c.OpdCode, c.Deadline!.DueAt)),
    ];

    private static IEnumerable<ComplaintSummary> OverdueAt(IEnumerable<ComplaintSummary> open, DateTimeOffset at) =>
        open.Where(c => !Done.Contains(c.Status) && c.ReceivedAt < at && c.Deadline is { } d && d.DueAt < at);
}
