using System.Security.Claims;
using AmbonCC.Complaints;
using AmbonCC.Incidents;
using AmbonCC.Platform;
using AmbonCC.Web.Api;
using AmbonCC.Web.Security;

namespace AmbonCC.Web.Agency;

/// <summary>
/// The OPD view of the incident queue: the incidents linked to a complaint dispatched to the OPD, as summaries
/// (title, severity, state, area: no timeline, no names). An OPD key or OPD staff see their own OPD's only.
/// </summary>
public static class OpdIncidentEndpoints
{
    private const int RecentClosed = 100;

    public static RouteGroupBuilder MapOpdIncidentsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/opd/incidents", async (ClaimsPrincipal user, IGrainFactory grains, string? opd) =>
            {
                var code = OwnOpd(user) ?? opd;
                if (string.IsNullOrWhiteSpace(code) || code.Length > TextLimits.Code)
                {
                    return ApiProblems.Field("opd", "The OPD's code (OPD keys and staff: their own, implied).");
                }

                if (!AccessPolicies.MaySpeakFor(user, SubjectKeys.Opd(code)))
                {
                    return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "This key or account may not act for that OPD.");
                }

                return Results.Ok(await ForOpdAsync(grains, code));
            })
            .RequireAuthorization(AccessPolicies.OpdApi)
            .WithSummary("Incidents linked to complaints dispatched to an OPD (open, then recently closed); OPD keys and staff: their own OPD only.");
        return api;
    }

    public static async Task<IReadOnlyList<IncidentSummary>> ForOpdAsync(IGrainFactory grains, string opd)
    {
        var queue = grains.GetGrain<IIncidentQueueGrain>(CityKeys.City);
        var index = grains.GetGrain<IComplaintIndexGrain>(CityKeys.City);
        var result = new List<IncidentSummary>();
        foreach (var summary in (await queue.GetOpenAsync()).Concat(await queue.GetRecentClosedAsync(RecentClosed)))
        {
            var incident = await grains.GetGrain<IIncidentGrain>(summary.Id).GetAsync();
            foreach (var link in incident?.Links.Where(l => l.Kind == IncidentLinkKind.Complaint) ?? [])
            {
                if (await index.GetAsync(link.Id) is { } complaint && string.Equals(complaint.OpdCode, opd, StringComparison.OrdinalIgnoreCase))
                {
                    result.Add(summary);
                    break;
                }
            }
        }

        return result;
    }

    /// <summary>The OPD an OPD key (subject <c>opd:CODE</c>) or an OPD staff member belongs to; null for the center's people.</summary>
    private static string? OwnOpd(ClaimsPrincipal user) =>
        user.FindFirst(ApiKeyAuthenticationHandler.SubjectClaim)?.Value is { } subject
            ? SubjectKeys.IdOf(subject, SubjectKeys.OpdKind)
            : user.FindFirst(AccessPolicies.OpdClaim)?.Value;
}
