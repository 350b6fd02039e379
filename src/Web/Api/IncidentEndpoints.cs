using System.Security.Claims;
using System.Text.Json;
using System.Text.Json.Serialization;
using AmbonCC.Incidents;
using AmbonCC.Platform;
using AmbonCC.Web.Security;

namespace AmbonCC.Web.Api;

/// <summary>The incident queue for people of the command center: read the queue, acknowledge alarms, close incidents.</summary>
public static class IncidentEndpoints
{
    // Enum names ("Critical", "Open") rather than numbers: agency systems read these and numbers would lock the order.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static RouteGroupBuilder MapIncidentApi(this RouteGroupBuilder api)
    {
        api.MapGet("/incidents", async (IGrainFactory grains) =>
                Results.Json(await Queue(grains).GetOpenAsync(), Json))
            .RequireAuthorization(AccessPolicies.ReadIncidents)
            .WithSummary("Open incidents, worst severity first, then newest first.");

        api.MapGet("/incidents/{id}", async (string id, IGrainFactory grains) =>
                await grains.GetGrain<IIncidentGrain>(id).GetAsync() is { } incident
                    ? Results.Json(incident, Json)
                    : NotFound($"No incident '{id}'."))
            .RequireAuthorization(AccessPolicies.ReadIncidents)
            .WithSummary("One incident with its timeline, links and alarms.");

        api.MapPost("/alarms/{id}/acknowledge", async (string id, IGrainFactory grains, ClaimsPrincipal user, AcknowledgeRequest? body) =>
            {
                if (TextLimits.Problem(body?.Note, TextLimits.Note) is { } tooLong)
                {
                    return ApiProblems.Field("note", tooLong);
                }

                var alarm = grains.GetGrain<IAlarmGrain>(id);
                if (await alarm.GetAsync() is null)
                {
                    return NotFound($"No alarm '{id}'.");
                }

                try
                {
                    return Results.Json(await alarm.AcknowledgeAsync(user.Identity!.Name!, body?.Note), Json);
                }
                catch (ArgumentException ex)
                {
                    return ApiProblems.From(ex);
                }
            })
            .RequireAuthorization(AccessPolicies.AcknowledgeAlarms)
            .WithSummary("Acknowledges an alarm (id: source|type, URL-encoded); repeating it changes nothing.");

        api.MapPost("/incidents/{id}/close", async (string id, IGrainFactory grains, ClaimsPrincipal user, CloseIncidentRequest? body) =>
            {
                if (string.IsNullOrWhiteSpace(body?.Reason) || body.Reason.Length > TextLimits.Reason)
                {
                    return ApiProblems.Field("reason", $"A reason is required, at most {TextLimits.Reason} characters.");
                }

                var incident = grains.GetGrain<IIncidentGrain>(id);
                if (await incident.GetAsync() is null)
                {
                    return NotFound($"No incident '{id}'.");
                }

                try
                {
                    return Results.Json(await incident.CloseAsync(user.Identity!.Name!, body.Reason), Json);
                }
                catch (ArgumentException ex)
                {
                    return ApiProblems.From(ex);
                }
                catch (InvalidOperationException ex)
                {
                    return Results.Problem(statusCode: StatusCodes.Status409Conflict, title: ex.Message);
                }
            })
            .RequireAuthorization(AccessPolicies.CloseIncidents)
            .WithSummary("Closes an incident once every alarm is cleared and acknowledged (Supervisors).")
            .ProducesValidationProblem();

        return api;
    }

    private static IIncidentQueueGrain Queue(IGrainFactory grains) => grains.GetGrain<IIncidentQueueGrain>(CityKeys.City);

    private static IResult NotFound(string title) => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: title);
}

public sealed record AcknowledgeRequest(string? Note);

public sealed record CloseIncidentRequest(string? Reason);
