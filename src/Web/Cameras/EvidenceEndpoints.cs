using System.Security.Claims;
using System.Security.Cryptography;
using AmbonCC.Cameras;
using AmbonCC.City;
using AmbonCC.Web.Api;
using AmbonCC.Web.Security;

namespace AmbonCC.Web.Cameras;

/// <summary>Police requests for footage: record, decide (legal hold), export, hand over, release; the custody log.</summary>
public static class EvidenceEndpoints
{
    public static void MapEvidenceApi(this RouteGroupBuilder api)
    {
        api.MapPost("/evidence", RecordAsync)
            .RequireAuthorization(AccessPolicies.RequestEvidence)
            .ProducesValidationProblem()
            .WithSummary("Records a request from a letter; refused without a letter number, for unknown cameras or a window past retention.");

        api.MapGet("/evidence/{id}", async (string id, IGrainFactory grains) =>
                await grains.GetGrain<IEvidenceRequestGrain>(id).GetAsync() is { } view ? Results.Ok(view) : NotFound(id))
            .RequireAuthorization(AccessPolicies.RequestEvidence)
            .WithSummary("One request and where it stands.");

        api.MapGet("/evidence/{id}/custody", async (string id, IGrainFactory grains) =>
            {
                var report = await grains.GetGrain<IEvidenceRequestGrain>(id).GetCustodyAsync();
                return report.Entries.IsEmpty ? NotFound(id) : Results.Ok(report);
            })
            .RequireAuthorization(AccessPolicies.RequestEvidence)
            .WithSummary("The custody log (a hash chain) with the result of verifying it.");

        api.MapPost("/evidence/{id}/approve", (string id, DecisionBody? body, ClaimsPrincipal user, IGrainFactory grains) =>
                StepAsync(() => grains.GetGrain<IEvidenceRequestGrain>(id).DecideAsync(true, Required(body?.Reason, "reason"), user.Identity!.Name!)))
            .RequireAuthorization(AccessPolicies.ApproveEvidence)
            .WithSummary("A Supervisor approves: a legal hold keeps the window past retention.");

        api.MapPost("/evidence/{id}/refuse", (string id, DecisionBody? body, ClaimsPrincipal user, IGrainFactory grains) =>
                StepAsync(() => grains.GetGrain<IEvidenceRequestGrain>(id).DecideAsync(false, Required(body?.Reason, "reason"), user.Identity!.Name!)))
            .RequireAuthorization(AccessPolicies.ApproveEvidence)
            .WithSummary("A Supervisor refuses, with a reason.");

        api.MapPost("/evidence/{id}/release", (string id, DecisionBody? body, ClaimsPrincipal user, IGrainFactory grains) =>
                StepAsync(() => grains.GetGrain<IEvidenceRequestGrain>(id).ReleaseAsync(Required(body?.Reason, "reason"), user.Identity!.Name!)))
            .RequireAuthorization(AccessPolicies.ApproveEvidence)
            .WithSummary("Ends the legal hold (explicit and audited).");

        api.MapPost("/evidence/{id}/export", ExportAsync)
            .RequireAuthorization(AccessPolicies.RecordEvidenceExport)
            .WithSummary("Records the exported clip: file name, size and SHA-256 (the operator, or the VMS of every camera in the request).");

        api.MapPost("/evidence/{id}/handover", (string id, HandoverBody? body, ClaimsPrincipal user, IGrainFactory grains) =>
                StepAsync(() => grains.GetGrain<IEvidenceRequestGrain>(id).HandOverAsync(Required(body?.OfficerName, "officerName"), user.Identity!.Name!)))
            .RequireAuthorization(AccessPolicies.RequestEvidence)
            .WithSummary("Records the handover of the clip to the officer (names and time).");
    }

    private static async Task<IResult> RecordAsync(EvidenceBody? body, ClaimsPrincipal user, IGrainFactory grains, TimeProvider time, AmbonCC.City.CityClock city)
    {
        if (body?.CameraCodes is null || body.From is null || body.To is null || body.LetterDate is null)
        {
            return ApiProblems.Field(body is null ? "body" : body.CameraCodes is null ? "cameraCodes" : body.From is null ? "from" : body.To is null ? "to" : "letterDate", "Required.");
        }

        var request = new EvidenceRequest(body.Institution ?? "", body.OfficerName ?? "", body.LetterNumber ?? "", body.LetterDate.Value,
            body.CaseNumber ?? "", body.Reason ?? "", [.. body.CameraCodes.Select(c => c.Trim())], body.From.Value, body.To.Value);
        var profiles = await Task.WhenAll(request.CameraCodes.Distinct().Take(50).Select(c => grains.GetGrain<ICameraGrain>(c).GetProfileAsync()));
        var cameras = profiles.OfType<CameraProfile>().ToDictionary(p => p.Code, StringComparer.Ordinal);
        var now = time.GetUtcNow();
        var errors = EvidenceRules.Validate(request, cameras, now);
        if (errors.Count > 0)
        {
            return Results.ValidationProblem(errors, title: "The request cannot be recorded.");
        }

        var id = $"EV-{city.ToCityTime(now):yyyyMMdd}-{Convert.ToHexString(RandomNumberGenerator.GetBytes(3))}";
        await grains.GetGrain<AmbonCC.Reports.IEvidenceLogGrain>(AmbonCC.Platform.CityKeys.City).AddAsync(id, now); // the daily report counts requests by it
        return await StepAsync(async () => await grains.GetGrain<IEvidenceRequestGrain>(id).RecordAsync(request, user.Identity!.Name!), created: true);
    }

    private static async Task<IResult> ExportAsync(string id, ExportBody? body, ClaimsPrincipal user, IGrainFactory grains)
    {
        var evidence = grains.GetGrain<IEvidenceRequestGrain>(id);
        if (await evidence.GetAsync() is not { } view)
        {
            return NotFound(id);
        }

        if (user.FindFirst(ApiKeyAuthenticationHandler.SubjectClaim) is not null)
        {
            // A VMS key speaks only when every camera of the request is one of its own.
            var profiles = await Task.WhenAll(view.Request.CameraCodes.Select(c => grains.GetGrain<ICameraGrain>(c).GetProfileAsync()));
            if (profiles.Any(p => p is null || !AccessPolicies.MayWriteCamera(user, p.Code, p.VmsId)))
            {
                return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "This key does not speak for every camera of the request.");
            }
        }

        var actor = user.Identity?.Name ?? user.FindFirst(ApiKeyAuthenticationHandler.SubjectClaim)?.Value ?? "?";
        return await StepAsync(() => evidence.RecordExportAsync(new EvidenceExport(
            Required(body?.FileName, "fileName"), body?.SizeBytes is > 0 ? body.SizeBytes.Value : throw new ArgumentException("A positive number of bytes.", "sizeBytes"),
            Required(body?.Sha256, "sha256").ToLowerInvariant()), actor));
    }

    private static string Required(string? value, string field) =>
        string.IsNullOrWhiteSpace(value) || value.Length > 500 || value.Any(char.IsControl)
            ? throw new ArgumentException("Required: 1–500 characters, no control characters.", field)
            : value.Trim();

    private static async Task<IResult> StepAsync(Func<Task<EvidenceView>> step, bool created = false)
    {
        try
        {
            var view = await step();
            return created ? Results.Created($"/api/v1/evidence/{view.Id}", view) : Results.Ok(view);
        }
        catch (ArgumentException ex)
        {
            return ApiProblems.From(ex);
        }
        catch (KeyNotFoundException ex)
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: ex.Message);
        }
        catch (InvalidOperationException ex)
        {
            return Results.Problem(statusCode: StatusCodes.Status409Conflict, title: ex.Message);
        }
        catch (Exception ex) when (ApiProblems.RetryLater(ex) is { } retryLater)
        {
            return retryLater;
        }
    }

    private static IResult NotFound(string id) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: $"No evidence request '{id}'.");
}

public sealed record EvidenceBody(
    string? Institution, string? OfficerName, string? LetterNumber, DateOnly? LetterDate, string? CaseNumber, string? Reason,
    string[]? CameraCodes, DateTimeOffset? From, DateTimeOffset? To);

public sealed record DecisionBody(string? Reason);

public sealed record ExportBody(string? FileName, long? SizeBytes, string? Sha256);

public sealed record HandoverBody(string? OfficerName);
