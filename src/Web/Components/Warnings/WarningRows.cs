using AmbonCC.Warnings;

namespace AmbonCC.Web.Components.Warnings;

/// <summary>The Warnings page's list, kept from live events: one row replaced, no registry reload.</summary>
public static class WarningRows
{
    public static bool IsOpen(WarningSummary w) => w.State is WarningState.Draft or WarningState.Active;

    /// <summary>Pending approvals first (they wait for a person), then newest first, as the registry orders them.</summary>
    public static IReadOnlyList<WarningSummary> Order(IEnumerable<WarningSummary> rows) =>
        [.. rows.OrderByDescending(w => w.PendingApproval).ThenByDescending(w => w.UpdatedAt)];

    /// <summary>
    /// The list with <paramref name="changed"/> in it. A row older than the one shown is ignored (the snapshot
    /// may already hold it); a warning that closed leaves a list of open ones.
    /// </summary>
    public static IReadOnlyList<WarningSummary> Apply(IReadOnlyList<WarningSummary> rows, WarningSummary changed, bool includeClosed)
    {
        var known = rows.FirstOrDefault(w => w.Id == changed.Id);
        if (known is not null && known.UpdatedAt > changed.UpdatedAt)
        {
            return rows;
        }

        var others = rows.Where(w => w.Id != changed.Id);
        return Order(includeClosed || IsOpen(changed) ? others.Append(changed) : others);
    }
}
