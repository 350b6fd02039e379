using System.Security.Claims;
using System.Text;
using AmbonCC.City;
using AmbonCC.Platform;
using AmbonCC.Warnings;
using AmbonCC.Warnings.Cap;
using AmbonCC.Web.Security;

namespace AmbonCC.Web.Api;

/// <summary>Flood warnings: CAP 1.2 documents and the public feed, approval, gateway receipts, acknowledgement links.</summary>
public static class WarningEndpoints
{
    public const string CapContentType = "application/cap+xml";

    public static void MapWarningApi(this RouteGroupBuilder api)
    {
        api.MapGet("/warnings", async (IGrainFactory grains, bool? includeClosed) =>
                await grains.GetGrain<IWarningRegistryGrain>(CityKeys.City).ListAsync(includeClosed ?? false))
            .RequireAuthorization(AccessPolicies.ReadWarnings)
            .WithSummary("Warnings: active and awaiting approval (and recent closed ones on request).");

        api.MapGet("/warnings/feed", FeedAsync).AllowAnonymous()
            .Produces(200, contentType: "application/atom+xml")
            .WithSummary("Public Atom feed of the current CAP alerts (no personal data).");

        api.MapGet("/warnings/{id}", async (string id, ClaimsPrincipal user, IGrainFactory grains) =>
                await grains.GetGrain<IFloodWarningGrain>(id).GetAsync() is { } view ? Results.Ok(PersonalData.For(user, view)) : NotFound(id))
            .RequireAuthorization(AccessPolicies.ReadWarnings)
            .WithSummary("One warning: messages, pending proposal, per-recipient delivery, timeline.");

        api.MapGet("/warnings/{id}/cap", async (string id, int? number, HttpRequest request, IGrainFactory grains) =>
            {
                var xml = await grains.GetGrain<IFloodWarningGrain>(id).GetCapXmlAsync(number);
                if (xml is null)
                {
                    return NotFound(id);
                }

                var plainXml = request.Headers.Accept.ToString().Contains("application/xml", StringComparison.OrdinalIgnoreCase);
                return Results.Text(xml, plainXml ? "application/xml" : CapContentType, Encoding.UTF8);
            })
            .AllowAnonymous()
            .Produces(200, contentType: CapContentType)
            .WithSummary("The published CAP 1.2 alert (latest, or ?number=N of its Alert/Update/Cancel lineage).");

        api.MapPost("/warnings/{id}/approve", (string id, ClaimsPrincipal user, IGrainFactory grains) =>
                Act(id, grains, w => w.ApproveAsync(UserOf(user))))
            .RequireAuthorization(AccessPolicies.ApproveWarnings)
            .WithSummary("A Supervisor approves the pending Alert/Update/Cancel: it is published and sent.");

        api.MapPost("/warnings/{id}/reject", Task<IResult> (string id, ReasonRequest? body, ClaimsPrincipal user, IGrainFactory grains) =>
                ReasonProblem(body?.Reason) is { } problem ? Task.FromResult(problem)
                : Act(id, grains, w => w.RejectAsync(UserOf(user), body!.Reason!)))
            .RequireAuthorization(AccessPolicies.ApproveWarnings)
            .ProducesValidationProblem()
            .WithSummary("A Supervisor rejects the pending proposal.");

        api.MapPost("/warnings/{id}/cancel", Task<IResult> (string id, ReasonRequest? body, ClaimsPrincipal user, IGrainFactory grains) =>
                ReasonProblem(body?.Reason) is { } problem ? Task.FromResult(problem)
                : Act(id, grains, w => w.CancelAsync(UserOf(user), body!.Reason!)))
            .RequireAuthorization(AccessPolicies.ApproveWarnings)
            .ProducesValidationProblem()
            .WithSummary("A Supervisor ends an active warning with a CAP Cancel.");

        api.MapPost("/warnings/{id}/receipts", ReceiptsAsync)
            .RequireAuthorization(AccessPolicies.Gateways)
            .ProducesValidationProblem()
            .WithSummary("A messaging gateway reports delivered/failed per message.");
    }

    private static async Task<IResult> FeedAsync(IGrainFactory grains, IPublicBaseUrl publicBaseUrl) =>
        Results.Text(await grains.GetGrain<ICapFeedGrain>(ICapFeedGrain.Any).GetAtomAsync(publicBaseUrl.Value), "application/atom+xml", Encoding.UTF8);

    private static async Task<IResult> ReceiptsAsync(string id, ReceiptInput[]? body, IGrainFactory grains, TimeProvider time)
    {
        if (body is null || body.Length == 0)
        {
            return ApiProblems.Field("body", "A JSON array of receipts is required.");
        }

        var errors = ReceiptValidation.Validate(body, time.GetUtcNow(), out var receipts);
        if (errors.Count > 0)
        {
            return Results.ValidationProblem(errors, title: "The request has invalid fields.");
        }

        var warning = grains.GetGrain<IFloodWarningGrain>(id);
        if (await warning.GetAsync() is null)
        {
            return NotFound(id);
        }

        try
        {
            return Results.Ok(new { applied = await warning.ApplyReceiptsAsync(receipts) });
        }
        catch (ArgumentException ex)
        {
            return ApiProblems.From(ex);
        }
    }

    private static async Task<IResult> Act(string id, IGrainFactory grains, Func<IFloodWarningGrain, Task<WarningView>> action)
    {
        var warning = grains.GetGrain<IFloodWarningGrain>(id);
        if (await warning.GetAsync() is null)
        {
            return NotFound(id);
        }

        try
        {
            return Results.Ok(await action(warning));
        }
        catch (InvalidOperationException ex)
        {
            return Results.Problem(statusCode: StatusCodes.Status409Conflict, title: ex.Message);
        }
        catch (ArgumentException ex)
        {
            return ApiProblems.From(ex);
        }
    }

    private static IResult? ReasonProblem(string? reason) =>
        string.IsNullOrWhiteSpace(reason) || reason.Length > TextLimits.Reason
            ? ApiProblems.Field("reason", $"A reason is required, at most {TextLimits.Reason} characters.")
            : !XmlText.IsValid(reason) ? ApiProblems.Field("reason", XmlText.Problem(reason))
            : null;

    private static string UserOf(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "?";

    private static IResult NotFound(string id) => Results.Problem(statusCode: 404, title: $"No warning '{id}'.");
}

public sealed record ReasonRequest(string? Reason);
