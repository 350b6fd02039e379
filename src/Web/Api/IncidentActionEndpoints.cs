using System.Security.Claims;
using System.Text.Json;
using System.Text.Json.Serialization;
using AmbonCC.Incidents;
using AmbonCC.Platform;
using AmbonCC.Web.Components.Incidents;
using AmbonCC.Web.Security;

namespace AmbonCC.Web.Api;

/// <summary>Acknowledge, assign, comment, escalate, tick the SOP, split, merge and resolve: each by a named user.</summary>
public static class IncidentActionEndpoints
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static RouteGroupBuilder MapIncidentActionApi(this RouteGroupBuilder api)
    {
        api.MapPost("/incidents/{id}/acknowledge", (string id, IncidentActions actions, ClaimsPrincipal user, IncidentNoteRequest? body) =>
                RunAsync(() => actions.AcknowledgeAsync(id, Name(user), body?.Note)))
            .RequireAuthorization(AccessPolicies.AcknowledgeAlarms)
            .WithSummary("Acknowledges the incident and its unacknowledged alarms: escalation and reminders stop.");

        api.MapPost("/incidents/{id}/assign", (string id, IGrainFactory grains, IncidentActions actions, ClaimsPrincipal user, IncidentAssignRequest? body) =>
                RunAsync(async () => { await actions.GetAsync(id); return await grains.GetGrain<IIncidentGrain>(id).AssignAsync(Name(user), body?.Assignee); }))
            .RequireAuthorization(AccessPolicies.AssignIncidents)
            .WithSummary("Assigns the incident to a named user (an empty assignee takes the assignment off).");

        api.MapPost("/incidents/{id}/comments", (string id, IGrainFactory grains, IncidentActions actions, ClaimsPrincipal user, IncidentCommentRequest? body) =>
                RunAsync(async () => { await actions.GetAsync(id); return await grains.GetGrain<IIncidentGrain>(id).CommentAsync(Name(user), body?.Text ?? ""); }))
            .RequireAuthorization(AccessPolicies.WorkIncidents)
            .WithSummary("Adds a comment to the incident's timeline.");

        api.MapPost("/incidents/{id}/escalate", (string id, IGrainFactory grains, IncidentActions actions, ClaimsPrincipal user, IncidentNoteRequest? body) =>
                RunAsync(async () => { await actions.GetAsync(id); return await grains.GetGrain<IIncidentGrain>(id).EscalateAsync(Name(user), body?.Note); }))
            .RequireAuthorization(AccessPolicies.WorkIncidents)
            .WithSummary("Escalates the incident to the Supervisor tier now.");

        api.MapPost("/incidents/{id}/checklist/{step}", (string id, string step, IGrainFactory grains, IncidentActions actions, ClaimsPrincipal user, IncidentTickRequest? body) =>
                RunAsync(async () => { await actions.GetAsync(id); return await grains.GetGrain<IIncidentGrain>(id).TickAsync(Name(user), step, body?.Done ?? true); }))
            .RequireAuthorization(AccessPolicies.WorkIncidents)
            .WithSummary("Ticks (done: true, the default) or unticks a step of the incident's SOP checklist.");

        api.MapPost("/incidents/{id}/split", (string id, IncidentActions actions, ClaimsPrincipal user, IncidentSplitRequest? body) =>
                string.IsNullOrWhiteSpace(body?.AlarmId) || body.AlarmId.Length > TextLimits.Subject * 2
                    ? Task.FromResult(ApiProblems.Field("alarmId", "The id of one of the incident's alarms is required."))
                    : RunAsync(() => actions.SplitAsync(id, body.AlarmId, Name(user))))
            .RequireAuthorization(AccessPolicies.WorkIncidents)
            .WithSummary("Moves one alarm to a new incident of its own; answers with the new incident.");

        api.MapPost("/incidents/{id}/merge", (string id, IncidentActions actions, ClaimsPrincipal user, IncidentMergeRequest? body) =>
                string.IsNullOrWhiteSpace(body?.From) || body.From.Length > TextLimits.Code
                    ? Task.FromResult(ApiProblems.Field("from", "The id of the incident to merge into this one is required."))
                    : RunAsync(() => actions.MergeAsync(id, body.From, Name(user))))
            .RequireAuthorization(AccessPolicies.WorkIncidents)
            .WithSummary("Merges another open incident into this one (timelines kept); the other closes as merged.");

        api.MapPost("/incidents/{id}/resolve", (string id, IGrainFactory grains, IncidentActions actions, ClaimsPrincipal user, CloseIncidentRequest? body) =>
                string.IsNullOrWhiteSpace(body?.Reason) || body.Reason.Length > TextLimits.Reason
                    ? Task.FromResult(ApiProblems.Field("reason", $"A reason is required, at most {TextLimits.Reason} characters."))
                    : RunAsync(async () => { await actions.GetAsync(id); return await grains.GetGrain<IIncidentGrain>(id).CloseAsync(Name(user), body.Reason); }))
            .RequireAuthorization(AccessPolicies.CloseIncidents)
            .WithSummary("Resolves (closes) the incident once every alarm is cleared and acknowledged; the same as close.");

        return api;
    }

    private static string Name(ClaimsPrincipal user) => user.Identity?.Name ?? throw new InvalidOperationException("No user name.");

    /// <summary>Grain refusals as 4xx problems: unknown → 404, bad input → 400 naming the field, wrong state → 409.</summary>
    private static async Task<IResult> RunAsync(Func<Task<IncidentView>> action)
    {
        try
        {
            return Results.Json(await action(), Json);
        }
        catch (KeyNotFoundException ex)
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: ex.Message);
        }
        catch (ArgumentException ex)
        {
            return ApiProblems.From(ex);
        }
        catch (InvalidOperationException ex)
        {
            return Results.Problem(statusCode: StatusCodes.Status409Conflict, title: ex.Message);
        }
    }
}

public sealed record IncidentNoteRequest(string? Note);

public sealed record IncidentAssignRequest(string? Assignee);

public sealed record IncidentCommentRequest(string? Text);

public sealed record IncidentTickRequest(bool? Done);

public sealed record IncidentSplitRequest(string? AlarmId);

public sealed record IncidentMergeRequest(string? From);
