using System.Security.Claims;
using AmbonCC.Overview;
using AmbonCC.Platform;
using AmbonCC.Security;
using AmbonCC.Web.Agency;
using AmbonCC.Web.Audit;
using AmbonCC.Web.Cameras;
using AmbonCC.Web.Complaints;
using AmbonCC.Web.Map;
using AmbonCC.Web.Reports;
using AmbonCC.Web.Security;
using AmbonCC.Web.Services;
using AmbonCC.Web.Shifts;
using AmbonCC.Web.TaxTerminals;

namespace AmbonCC.Web.Api;

/// <summary>The versioned HTTP API for agency systems, devices and the UI's own scripts.</summary>
public static class ApiEndpoints
{
    /// <summary>The board keeps 50; asking for more is a mistake worth telling.</summary>
    private const int MaxBulletins = 50;

    public static void MapAmbonApi(this WebApplication app)
    {
        var api = app.MapGroup("/api/v1").WithTags("AmbonCC").RequireSaneRouteKeys();
        api.MapGaugeApi();
        api.MapWarningApi();
        api.MapIncidentApi();
        api.MapIncidentActionApi();
        api.MapLiveApi();
        api.MapRecipientApi();
        api.MapCamerasApi();
        api.MapEvidenceApi();
        api.MapTaxApi();
        api.MapCityMapApi();
        api.MapReportsApi();
        api.MapAuditApi();
        api.MapShiftsApi();
        api.MapOpdIncidentsApi();
        app.MapAcknowledgementLink();
        app.MapComplaintsApi();

        api.MapGet("/me", (ClaimsPrincipal user) => new WhoAmI(
                user.Identity!.AuthenticationType ?? "",
                user.Identity.Name ?? "",
                user.FindFirst(ApiKeyAuthenticationHandler.SubjectClaim)?.Value,
                user.FindFirst(ApiKeyAuthenticationHandler.ScopeClaim)?.Value,
                [.. user.FindAll(ClaimTypes.Role).Select(c => c.Value)]))
            .RequireAuthorization(AccessPolicies.AnyClient)
            .WithSummary("Who the caller is: a signed-in person or an API key's subject and scope.");

        api.MapGet("/opds/{code}", async (string code, ClaimsPrincipal user, CityCatalog catalog) =>
            {
                if (!AccessPolicies.MaySpeakFor(user, SubjectKeys.Opd(code)))
                {
                    return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "This key or account may not act for that OPD.");
                }

                var opd = (await catalog.OpdsAsync()).FirstOrDefault(o => string.Equals(o.Code, code, StringComparison.OrdinalIgnoreCase));
                return opd is null ? Results.Problem(statusCode: StatusCodes.Status404NotFound, title: $"No OPD '{code}'.") : Results.Ok(opd);
            })
            .RequireAuthorization(AccessPolicies.OpdApi)
            .WithSummary("An OPD's profile; an OPD key or OPD staff may read only their own.");

        api.MapPost("/apikeys", async (ApiKeyRequest? body, ClaimsPrincipal user, IGrainFactory grains) =>
            {
                if (body is null)
                {
                    return ApiProblems.Field("body", "A JSON body with subject and scope is required.");
                }

                try
                {
                    var (key, issued) = await ApiKeyIssuer.IssueAsync(grains, body.Subject, body.Scope, user.Identity!.Name!);
                    return Results.Created($"/api/v1/apikeys/{issued.KeyId}", new { key, issued.KeyId, issued.Subject, issued.Scope, issued.IssuedAt });
                }
                catch (ArgumentException ex)
                {
                    return ApiProblems.From(ex);
                }
            })
            .RequireAuthorization(AccessPolicies.ManageKeys)
            .ProducesValidationProblem()
            .WithSummary("An Admin issues an API key; the key is in this response only (stored as a hash).");

        api.MapGet("/bulletins", async (IGrainFactory grains, int? count) =>
                count is not (null or (>= 1 and <= MaxBulletins))
                    ? ApiProblems.Field("count", $"Between 1 and {MaxBulletins}.")
                    : Results.Ok(await grains.GetGrain<IBulletinBoardGrain>(CityKeys.City).GetRecentAsync(count ?? 20)))
            .RequireAuthorization(AccessPolicies.Staff)
            .WithSummary("The newest bulletins on the command center's board.");

        api.MapPost("/bulletins", async (IGrainFactory grains, ClaimsPrincipal user, BulletinRequest? body) =>
            {
                if (string.IsNullOrWhiteSpace(body?.Text) || body.Text.Length > TextLimits.Bulletin)
                {
                    return ApiProblems.Field("text", $"Text is required, at most {TextLimits.Bulletin} characters.");
                }

                try
                {
                    var posted = await grains.GetGrain<IBulletinBoardGrain>(CityKeys.City).PostAsync(user.Identity!.Name!, body.Text);
                    return Results.Created($"/api/v1/bulletins/{posted.Number}", posted);
                }
                catch (ArgumentException ex)
                {
                    return ApiProblems.From(ex);
                }
            })
            .RequireAuthorization(AccessPolicies.PostBulletins)
            .WithSummary("Posts a bulletin to every screen of the command center.")
            .ProducesValidationProblem();
    }
}

public sealed record WhoAmI(string AuthenticationType, string Name, string? Subject, string? Scope, string[] Roles);

public sealed record BulletinRequest(string? Text);

public sealed record ApiKeyRequest(string? Subject, string? Scope);
