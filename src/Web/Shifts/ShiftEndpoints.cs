using System.Security.Claims;
using AmbonCC.Platform;
using AmbonCC.Shifts;
using AmbonCC.Web.Api;
using AmbonCC.Web.Security;

namespace AmbonCC.Web.Shifts;

/// <summary>Shifts over HTTP: the roster with its handovers, and the caller's own start and end.</summary>
public static class ShiftEndpoints
{
    public static RouteGroupBuilder MapShiftsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/shifts", (IGrainFactory grains) => Roster(grains).GetAsync())
            .RequireAuthorization(AccessPolicies.Shifts)
            .WithSummary("Who is on shift, and the recent shifts with their handovers (open incidents at the end, who took over).");

        api.MapPost("/shifts/start", async (ShiftStartRequest? body, ClaimsPrincipal user, IGrainFactory grains) =>
            {
                if (body?.TakeOver is { Length: > TextLimits.Code })
                {
                    return ApiProblems.Field("takeOver", $"At most {TextLimits.Code} characters.");
                }

                return await StepAsync(() => Roster(grains).StartAsync(user.Identity!.Name!, body?.TakeOver));
            })
            .RequireAuthorization(AccessPolicies.Shifts)
            .ProducesValidationProblem()
            .WithSummary("Starts the caller's shift, accepting an ended shift's handover when `takeOver` names it.");

        api.MapPost("/shifts/end", async (ShiftEndRequest? body, ClaimsPrincipal user, IGrainFactory grains) =>
            {
                if (body?.Note is { Length: > TextLimits.Note })
                {
                    return ApiProblems.Field("note", $"At most {TextLimits.Note} characters.");
                }

                return await StepAsync(() => Roster(grains).EndAsync(user.Identity!.Name!, body?.Note));
            })
            .RequireAuthorization(AccessPolicies.Shifts)
            .ProducesValidationProblem()
            .WithSummary("Ends the caller's shift with a handover note; the handover records the open incidents.");
        return api;
    }

    public static IShiftRosterGrain Roster(IGrainFactory grains) => grains.GetGrain<IShiftRosterGrain>(CityKeys.City);

    private static async Task<IResult> StepAsync(Func<Task<ShiftRecord>> step)
    {
        try
        {
            return Results.Ok(await step());
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

public sealed record ShiftStartRequest(string? TakeOver);

public sealed record ShiftEndRequest(string? Note);
