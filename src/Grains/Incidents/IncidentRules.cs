using System.Collections.Immutable;
using AmbonCC.Platform;

namespace AmbonCC.Incidents;

/// <summary>What an incident shows, derived from its state; timeline entries are codes that screens render per language.</summary>
internal static class IncidentRules
{
    public const int MaxReasonLength = TextLimits.Reason;

    public static AlarmSeverity Severity(IEnumerable<AlarmView> alarms) =>
        alarms.Select(a => a.Severity).DefaultIfEmpty(AlarmSeverity.Warning).Max();

    public static IncidentView View(string id, IncidentState s)
    {
        var opening = s.Opening ?? throw new KeyNotFoundException($"Incident {id} was never opened.");
        var area = opening.Area with { KelurahanCodes = [.. s.KelurahanCodes] };
        return new IncidentView(
            id, opening.Title, s.Status, Severity(s.Alarms.Values), opening.CorrelationKey, area,
            opening.At, s.ClosedAt, s.ClosedBy, s.CloseReason,
            [.. s.Timeline], [.. s.Links],
            [.. s.Alarms.Values.OrderByDescending(a => a.Severity).ThenBy(a => a.RaisedAt)],
            opening.TitleCode, opening.TitleArgs, opening.Type,
            s.Handling ?? EscalationRules.Fresh(opening.At), [.. s.Checklist]);
    }

    public static IncidentSummary Summary(IncidentView v, DateTimeOffset lastUpdatedAt)
    {
        var point = Point(v);
        return new(
            v.Id, v.Title, v.Severity, v.Status, v.OpenedAt, v.ClosedAt,
            v.Alarms.Count(a => a.Active), v.Alarms.Count(a => !a.Acknowledged),
            v.Area.KelurahanCodes, lastUpdatedAt, v.TitleCode, v.TitleArgs,
            v.Acknowledged, v.Handling?.Assignee, v.Handling?.Tier ?? EscalationTier.Operator, v.Type,
            point?.Latitude, point?.Longitude);
    }

    /// <summary>
    /// Where the map puts the incident: the opening area's point, else the point of its earliest alarm that has one
    /// (an incident opened by a warning or a complaint without coordinates may gain one from a gauge's alarm).
    /// </summary>
    public static AlarmArea? Point(IncidentView v) =>
        v.Area.HasPoint ? v.Area : v.Alarms.OrderBy(a => a.RaisedAt).Select(a => a.Area).FirstOrDefault(a => a is { HasPoint: true });

    /// <summary>Summaries hold collections, which records compare by reference; compare their items.</summary>
    public static bool SameSummary(IncidentSummary a, IncidentSummary b) =>
        a with { KelurahanCodes = ImmutableArray<string>.Empty, TitleArgs = null } == b with { KelurahanCodes = ImmutableArray<string>.Empty, TitleArgs = null }
        && a.KelurahanCodes.SequenceEqual(b.KelurahanCodes)
        && (a.TitleArgs ?? []).SequenceEqual(b.TitleArgs ?? []);

    /// <summary>
    /// The timeline entry (with its de-duplication key) an alarm change deserves, or null: plain re-raises that do
    /// not change severity only update the alarm's count.
    /// </summary>
    public static (TimelineEntry Entry, string Key)? AlarmEntry(AlarmView a, AlarmChangeKind change, AlarmView? before)
    {
        var occurrence = $"{a.Id}#{a.Occurrence}";
        return change switch
        {
            AlarmChangeKind.Raised => (TimelineEntry.Coded(a.RaisedAt, "alarm-raised", a.Source, TimelineCodes.AlarmRaised,
                [a.Type, a.Severity.ToString(), a.Source, .. SummaryArgs(a)]), occurrence + ":raised"),
            AlarmChangeKind.Updated when before is not null && before.Severity != a.Severity =>
                (TimelineEntry.Coded(a.LastUpdatedAt, "alarm-severity", a.Source, TimelineCodes.AlarmSeverityChanged,
                    [a.Type, a.Source, before.Severity.ToString(), a.Severity.ToString(), .. SummaryArgs(a)]), $"{occurrence}:severity:{a.Version}"),
            AlarmChangeKind.Cleared => (TimelineEntry.Coded(a.ClearedAt ?? a.LastUpdatedAt, "alarm-cleared", a.Source, TimelineCodes.AlarmCleared,
                a.Type, a.Source, a.ClearReason ?? ""), occurrence + ":cleared"),
            AlarmChangeKind.Moved => (TimelineEntry.Coded(a.LastUpdatedAt, "split", TimelineCodes.SystemActor, TimelineCodes.SplitIn,
                a.Type, a.Source, before?.IncidentId ?? ""), $"{occurrence}:moved:{a.IncidentId}"),
            AlarmChangeKind.Acknowledged => (TimelineEntry.Coded(a.AcknowledgedAt ?? a.LastUpdatedAt, "alarm-acknowledged", a.AcknowledgedBy ?? "?", TimelineCodes.AlarmAcknowledged,
                a.Type, a.Source, a.AcknowledgeNote ?? ""), occurrence + ":ack"),
            _ => null,
        };
    }

    /// <summary>An alarm's source named like <c>gauge:CODE</c> or <c>camera:CODE</c> is linked to the incident too.</summary>
    public static IncidentLink? SourceLink(string source)
    {
        return SubjectKeys.Parse(source) switch
        {
            (SubjectKeys.GaugeKind, var id) => new IncidentLink(IncidentLinkKind.Gauge, id, id),
            (SubjectKeys.CameraKind, var id) => new IncidentLink(IncidentLinkKind.Camera, id, id),
            (SubjectKeys.TerminalKind, var id) => new IncidentLink(IncidentLinkKind.Terminal, id, id),
            _ => null,
        };
    }

    /// <summary>The alarm's summary as a code and its arguments; an alarm without a code carries its text under the empty code.</summary>
    private static IEnumerable<string> SummaryArgs(AlarmView a) =>
        a.SummaryCode is { } code ? [code, .. a.SummaryArgs ?? []] : ["", a.Summary];
}
