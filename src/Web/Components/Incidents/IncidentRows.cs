using AmbonCC.Incidents;

namespace AmbonCC.Web.Components.Incidents;

/// <summary>The open-incident queue as a page keeps it from live events, in the queue grain's order.</summary>
public static class IncidentRows
{
    public static IReadOnlyList<IncidentSummary> Order(IEnumerable<IncidentSummary> rows) =>
        [.. rows.OrderByDescending(i => i.Severity).ThenByDescending(i => i.OpenedAt).ThenBy(i => i.Id, StringComparer.Ordinal)];

    /// <summary>The list with <paramref name="changed"/> in it, or without it once closed; an older row is ignored.</summary>
    public static IReadOnlyList<IncidentSummary> Apply(IReadOnlyList<IncidentSummary> rows, IncidentSummary changed)
    {
        var known = rows.FirstOrDefault(i => i.Id == changed.Id);
        if (known is not null && known.LastUpdatedAt > changed.LastUpdatedAt)
        {
            return rows;
        }

        var others = rows.Where(i => i.Id != changed.Id);
        return Order(changed.Status == IncidentStatus.Closed ? others : others.Append(changed));
    }
}
