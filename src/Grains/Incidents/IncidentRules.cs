using System.Collections.Immutable;
using AmbonCC.Platform;

namespace AmbonCC.Incidents;

/// <summary>What an incident shows, derived from its state; timeline text is Indonesian like the rest of the record.</summary>
internal static class IncidentRules
{
    public const int MaxReasonLength = TextLimits.Reason;

    public static AlarmSeverity Severity(IEnumerable<AlarmView> alarms) =>
        alarms.Select(a => a.Severity).DefaultIfEmpty(AlarmSeverity.Info).Max();

    public static IncidentView View(string id, IncidentState s)
    {
        var opening = s.Opening ?? throw new KeyNotFoundException($"Incident {id} was never opened.");
        var area = opening.Area with { KelurahanCodes = [.. s.KelurahanCodes] };
        return new IncidentView(
            id, opening.Title, s.Status, Severity(s.Alarms.Values), opening.CorrelationKey, area,
            opening.At, s.ClosedAt, s.ClosedBy, s.CloseReason,
            [.. s.Timeline], [.. s.Links],
            [.. s.Alarms.Values.OrderByDescending(a => a.Severity).ThenBy(a => a.RaisedAt)]);
    }

    public static IncidentSummary Summary(IncidentView v, DateTimeOffset lastUpdatedAt) => new(
        v.Id, v.Title, v.Severity, v.Status, v.OpenedAt, v.ClosedAt,
        v.Alarms.Count(a => a.Active), v.Alarms.Count(a => !a.Acknowledged),
        v.Area.KelurahanCodes, lastUpdatedAt);

    /// <summary>Summaries hold an ImmutableArray, which records compare by reference; compare its items.</summary>
    public static bool SameSummary(IncidentSummary a, IncidentSummary b) =>
        a with { KelurahanCodes = ImmutableArray<string>.Empty } == b with { KelurahanCodes = ImmutableArray<string>.Empty }
        && a.KelurahanCodes.SequenceEqual(b.KelurahanCodes);

    /// <summary>
    /// The timeline entry (with its de-duplication key) an alarm change deserves, or null: plain re-raises that do
    /// not change severity only update the alarm's count.
    /// </summary>
    public static (TimelineEntry Entry, string Key)? AlarmEntry(AlarmView a, AlarmChangeKind change, AlarmView? before)
    {
        var occurrence = $"{a.Id}#{a.Occurrence}";
        return change switch
        {
            AlarmChangeKind.Raised => (new(a.RaisedAt, "alarm-raised", $"Alarm {a.Type} ({a.Severity}) dari {a.Source}: {a.Summary}", a.Source), occurrence + ":raised"),
            AlarmChangeKind.Updated when before is not null && before.Severity != a.Severity =>
                (new(a.LastUpdatedAt, "alarm-severity", $"Alarm {a.Type} dari {a.Source} berubah {before.Severity} → {a.Severity}: {a.Summary}", a.Source), $"{occurrence}:severity:{a.Version}"),
            AlarmChangeKind.Cleared => (new(a.ClearedAt ?? a.LastUpdatedAt, "alarm-cleared", $"Alarm {a.Type} dari {a.Source} pulih" + Suffix(a.ClearReason), a.Source), occurrence + ":cleared"),
            AlarmChangeKind.Acknowledged => (new(a.AcknowledgedAt ?? a.LastUpdatedAt, "alarm-acknowledged", $"Alarm {a.Type} dari {a.Source} dikonfirmasi" + Suffix(a.AcknowledgeNote), a.AcknowledgedBy ?? "?"), occurrence + ":ack"),
            _ => null,
        };
    }

    /// <summary>An alarm's source named like <c>gauge:CODE</c> or <c>camera:CODE</c> is linked to the incident too.</summary>
    public static IncidentLink? SourceLink(string source)
    {
        var colon = source.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon == source.Length - 1)
        {
            return null;
        }

        var id = source[(colon + 1)..];
        return source[..colon] switch
        {
            "gauge" => new IncidentLink(IncidentLinkKind.Gauge, id, id),
            "camera" => new IncidentLink(IncidentLinkKind.Camera, id, id),
            _ => null,
        };
    }

    private static string Suffix(string? text) => string.IsNullOrWhiteSpace(text) ? "" : ": " + text;
}
