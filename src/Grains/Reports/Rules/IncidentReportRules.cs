using System.Collections.Immutable;
using AmbonCC.Incidents;

namespace AmbonCC.Reports;

internal static class IncidentReportRules
{
    /// <summary>Open critical incidents: the center's own decision, shown in the city edition only.</summary>
    public static ImmutableArray<DecisionItem> Decisions(IEnumerable<IncidentSummary> open) =>
    [
        .. open.Where(i => i.Status == IncidentStatus.Open && i.Severity == AlarmSeverity.Critical).OrderBy(i => i.OpenedAt)
            .Select(i => new DecisionItem(DecisionKind.CriticalIncident, i.Id, i.Title, null, i.OpenedAt)),
    ];
}
