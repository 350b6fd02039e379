using System.Security.Claims;
using AmbonCC.Web.Complaints;

namespace AmbonCC.Web.Reports;

/// <summary>Which edition of a report a caller gets: an OPD (staff or key) only its own; everyone else the one asked for.</summary>
public static class ReportAccess
{
    /// <summary>The OPD whose edition to show (null: the city's), or <c>Refused</c> when an OPD asks for another's.</summary>
    public static (string? Opd, bool Refused) EditionFor(ClaimsPrincipal user, string? requested)
    {
        var asked = string.IsNullOrWhiteSpace(requested) ? null : requested.Trim().ToUpperInvariant();
        if (ComplaintAccess.OpdOf(user) is { } own)
        {
            return (own, asked is not null && asked != own);
        }

        return (asked, false);
    }

    /// <summary>The name a read receipt records: the user name, or an OPD key's subject.</summary>
    public static string Reader(ClaimsPrincipal user) => ComplaintAccess.Actor(user);
}
