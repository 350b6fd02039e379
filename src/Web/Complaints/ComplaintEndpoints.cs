using System.Security.Claims;
using AmbonCC.Complaints;
using AmbonCC.Complaints.Rules;
using AmbonCC.Platform;
using AmbonCC.Web.Api;
using AmbonCC.Web.Security;

namespace AmbonCC.Web.Complaints;

/// <summary>The operator and OPD API: lists, the complaint with what the caller may see, and each lifecycle step.</summary>
public static class ComplaintEndpoints
{
    public static void MapComplaintEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/complaints").WithTags("Complaints");
        app.MapGet("/api/v1/complaints", ListAsync).WithTags("Complaints").RequireAuthorization(ComplaintAccess.Read)
            .WithSummary("Complaints by status, category, OPD, kelurahan, overdue; an OPD sees only its own.");
        app.MapPost("/api/v1/complaints", CreateAsync).WithTags("Complaints").RequireAuthorization(ComplaintAccess.Desk)
            .WithSummary("An operator records a complaint (phone, walk-in); the answer carries its tracking id.");
        api.MapGet("/{id}", GetAsync).RequireAuthorization(ComplaintAccess.Read)
            .WithSummary("One complaint; the reporter's identity only for the desk, or for its OPD when neither anonymous nor confidential.");
        api.MapGet("/{id}/duplicates", DuplicatesAsync).RequireAuthorization(ComplaintAccess.Desk)
            .WithSummary("Open complaints of the same category within about 50 m in recent days.");
        foreach (var (route, action) in DeskSteps)
        {
            api.MapPost("/{id}/" + route, (string id, ComplaintStepRequest? body, ClaimsPrincipal user, IGrainFactory grains) =>
                    StepAsync(id, action, body, user, grains))
                .RequireAuthorization(ComplaintAccess.Desk)
                .WithSummary($"Lifecycle step: {route}.");
        }

        api.MapPost("/{id}/follow-up", (string id, ComplaintStepRequest? body, ClaimsPrincipal user, IGrainFactory grains) =>
                StepAsync(id, ComplaintAction.FollowUp, body, user, grains))
            .RequireAuthorization(ComplaintAccess.Opd)
            .WithSummary("The OPD's follow-up (OPD staff of that OPD, or its key opd:CODE).");
        api.MapPost("/{id}/merge", MergeAsync).RequireAuthorization(ComplaintAccess.Desk)
            .WithSummary("Merges this complaint into another ({\"into\":\"AMB-...\"}); both histories are kept.");
        api.MapPost("/{id}/messages", ChatAsync).RequireAuthorization(ComplaintAccess.Desk)
            .WithSummary("An operator writes to the reporter in the complaint's conversation.");
    }

    private static readonly (string Route, ComplaintAction Action)[] DeskSteps =
    [
        ("verify", ComplaintAction.Verify), ("postpone", ComplaintAction.Postpone), ("not-our-authority", ComplaintAction.NotOurAuthority),
        ("archive", ComplaintAction.Archive), ("dispatch", ComplaintAction.Dispatch), ("respond", ComplaintAction.Respond),
        ("confirm", ComplaintAction.Confirm), ("reopen", ComplaintAction.Reopen),
    ];

    private static async Task<IResult> ListAsync(HttpContext http, ClaimsPrincipal user, IGrainFactory grains)
    {
        var q = http.Request.Query;
        if (!QueryParameters.TryEnum<ComplaintStatus>(q["status"], "status", out var status, out var bad)
            || !QueryParameters.TryBool(q["overdue"], "overdue", out var overdue, out bad)
            || !QueryParameters.TryBool(q["open"], "open", out var open, out bad)
            || !QueryParameters.TryInt(q["limit"], "limit", 1, 1000, out var limit, out bad)
            || !QueryParameters.TryInt(q["offset"], "offset", 0, 1_000_000, out var offset, out bad))
        {
            return bad.ToProblem();
        }

        var category = Bounded(q["category"], 40);
        var opd = ComplaintAccess.IsDesk(user) ? Bounded(q["opd"], 40) : ComplaintAccess.OpdOf(user);
        var filter = new ComplaintFilter(status, category, opd, Bounded(q["kelurahan"], 20), overdue, open, null, limit ?? 100, offset ?? 0);
        return await Guard(async () => Results.Ok(await grains.GetGrain<IComplaintIndexGrain>(CityKeys.City).ListAsync(filter)));
    }

    private static Task<IResult> CreateAsync(ComplaintCreateRequest? body, ClaimsPrincipal user, IGrainFactory grains, ComplaintClock clock) => Guard(async () =>
    {
        if (body is null)
        {
            return ApiProblems.Field("body", "A JSON object with category, description and a location.");
        }

        if (!QueryParameters.TryEnum<ComplaintChannel>(body.Channel, "channel", out var given, out var badChannel))
        {
            return badChannel.ToProblem();
        }

        var channel = given ?? ComplaintChannel.Operator;

        var submission = new ComplaintSubmission(channel, body.Category ?? "", body.Description ?? "",
            new ComplaintLocation(body.Lat, body.Long, body.Address, body.Kelurahan),
            body.Reporter is { } r ? new ComplaintReporter(r.Name, r.Phone, r.Email) : null,
            body.Anonymous ?? false, body.Confidential ?? false, body.SourceSite);
        ComplaintInput.Validate(submission);
        var view = await ComplaintIntake.SubmitAsync(grains, clock, submission, ComplaintAccess.Actor(user));
        return Results.Created($"/api/v1/complaints/{view.Id}", view);
    });

    private static Task<IResult> GetAsync(string id, ClaimsPrincipal user, IGrainFactory grains) => Guard(async () =>
        await ReadAsync(id, user, grains) is { } view ? Results.Ok(view) : NotFound(id));

    private static Task<IResult> DuplicatesAsync(string id, IGrainFactory grains) => Guard(async () =>
    {
        var index = grains.GetGrain<IComplaintIndexGrain>(CityKeys.City);
        if (!TrackingIds.IsValid(id) || await index.GetAsync(id) is not { } self)
        {
            return NotFound(id);
        }

        return Results.Ok(self.Latitude is { } lat && self.Longitude is { } lon
            ? await index.DuplicatesAsync(id, self.Category, lat, lon, self.ReceivedAt)
            : []);
    });

    private static Task<IResult> StepAsync(string id, ComplaintAction action, ComplaintStepRequest? body, ClaimsPrincipal user, IGrainFactory grains) => Guard(async () =>
    {
        if (!await MayActAsync(id, user, grains))
        {
            return NotFound(id);
        }

        var view = await grains.GetGrain<IComplaintGrain>(id).ActAsync(new ComplaintCommand(
            action, ComplaintAccess.Actor(user), body?.Note, action == ComplaintAction.FollowUp ? ComplaintAccess.OpdOf(user) : body?.Opd,
            body?.Category, body?.Satisfied));
        return Results.Ok(await ReadAsync(id, user, grains) ?? view);
    });

    private static Task<IResult> MergeAsync(string id, ComplaintStepRequest? body, ClaimsPrincipal user, IGrainFactory grains) => Guard(async () =>
    {
        var into = body?.Into?.Trim() ?? "";
        if (!TrackingIds.IsValid(into) || into == id)
        {
            return ApiProblems.Field("into", "The tracking id of another complaint, e.g. AMB-2026-000123.");
        }

        var actor = ComplaintAccess.Actor(user);
        var desk = new ComplaintReader(actor, ReaderKind.Desk);
        if (!TrackingIds.IsValid(id) || await grains.GetGrain<IComplaintGrain>(id).GetAsync(desk) is not { } merged)
        {
            return NotFound(id);
        }

        var target = grains.GetGrain<IComplaintGrain>(into);
        if (await target.GetAsync(desk) is null)
        {
            return ApiProblems.Field("into", $"No complaint {into}.");
        }

        // The survivor takes the history first: a failure in between leaves both complaints whole, and a retry finishes.
        await target.AbsorbAsync(merged, actor);
        await grains.GetGrain<IComplaintGrain>(id).ActAsync(new ComplaintCommand(ComplaintAction.MergeInto, actor, body?.Note, OtherId: into));
        return Results.Ok(await target.GetAsync(desk));
    });

    private static Task<IResult> ChatAsync(string id, ComplaintStepRequest? body, ClaimsPrincipal user, IGrainFactory grains) => Guard(async () =>
    {
        if (!await MayActAsync(id, user, grains))
        {
            return NotFound(id);
        }

        return Results.Ok(await grains.GetGrain<IComplaintGrain>(id).ChatAsync(ChatSide.Operator, ComplaintAccess.Actor(user), body?.Text ?? ""));
    });

    /// <summary>Whether the complaint exists and is the caller's to act on (asks the index: no identity is read).</summary>
    internal static async Task<bool> MayActAsync(string id, ClaimsPrincipal user, IGrainFactory grains) =>
        TrackingIds.IsValid(id) && await grains.GetGrain<IComplaintIndexGrain>(CityKeys.City).GetAsync(id) is { } summary
        && ComplaintAccess.MaySee(user, summary.OpdCode);

    /// <summary>The complaint as this caller may see it; null when it does not exist or is another OPD's.</summary>
    internal static async Task<ComplaintView?> ReadAsync(string id, ClaimsPrincipal user, IGrainFactory grains)
    {
        if (!TrackingIds.IsValid(id))
        {
            return null;
        }

        if (!ComplaintAccess.IsDesk(user))
        {
            // Asked of the index first, so that an OPD's look at another OPD's complaint leaves no identity audit entry.
            var summary = await grains.GetGrain<IComplaintIndexGrain>(CityKeys.City).GetAsync(id);
            if (summary is null || !ComplaintAccess.MaySee(user, summary.OpdCode))
            {
                return null;
            }
        }

        var view = await grains.GetGrain<IComplaintGrain>(id).GetAsync(ComplaintAccess.ReaderFor(user));
        return view is not null && ComplaintAccess.MaySee(user, view.OpdCode) ? view : null;
    }

    internal static IResult NotFound(string id) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: $"No complaint {(id.Length > 40 ? id[..40] : id)} for you.");

    /// <summary>Grain refusals as HTTP: bad field 400, wrong step 409, unknown 404, store outage 503.</summary>
    internal static async Task<IResult> Guard(Func<Task<IResult>> work)
    {
        try
        {
            return await work();
        }
        catch (ArgumentException ex)
        {
            return ApiProblems.From(ex);
        }
        catch (InvalidOperationException ex)
        {
            return Results.Problem(statusCode: StatusCodes.Status409Conflict, title: ex.Message);
        }
        catch (KeyNotFoundException ex)
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: ex.Message);
        }
        catch (Exception ex) when (ApiProblems.RetryLater(ex) is { } retry)
        {
            return retry;
        }
    }

    private static string? Bounded(string? value, int max) =>
        string.IsNullOrWhiteSpace(value) ? null : value.Length > max ? value[..max] : value.Trim();
}

/// <summary>The body of a lifecycle step; which fields count depends on the step.</summary>
public sealed record ComplaintStepRequest(string? Note = null, string? Category = null, string? Opd = null, bool? Satisfied = null, string? Into = null, string? Text = null);

public sealed record ComplaintCreateRequest(
    string? Category, string? Description, double? Lat, double? Long, string? Address, string? Kelurahan,
    ComplaintReporterRequest? Reporter, bool? Anonymous, bool? Confidential, string? Channel, string? SourceSite);

public sealed record ComplaintReporterRequest(string? Name, string? Phone, string? Email);
