using System.Security.Claims;
using System.Text.Json;
using AmbonCC.Cameras;
using AmbonCC.City;
using AmbonCC.Web.Api;
using AmbonCC.Web.Security;
using AmbonCC.Web.Services;

namespace AmbonCC.Web.Cameras;

/// <summary>Cameras: heartbeats, snapshots and analytics events from cameras and their VMS; status for people and systems.</summary>
public static partial class CameraEndpoints
{
    /// <remarks>
    /// No <c>Accepts</c> metadata on the writes: routing would answer a wrong content type with an endpoint of its
    /// own that falls to the fallback (people-only) policy, so a device would see 403 instead of the handler's 415/400.
    /// </remarks>
    public static void MapCamerasApi(this RouteGroupBuilder api)
    {
        api.MapGet("/cameras", ListAsync)
            .RequireAuthorization(AccessPolicies.ReadCameras)
            .WithSummary("Every camera: code, name, category, kelurahan and health (unknown until it first reports).");

        api.MapGet("/cameras/{code}", async (string code, IGrainFactory grains) =>
            {
                var camera = grains.GetGrain<ICameraGrain>(code);
                return await camera.GetProfileAsync() is { } profile
                    ? Results.Ok(new { profile, status = await camera.GetStatusAsync(), timeline = (await camera.GetTimelineAsync()).Take(50) })
                    : NoCamera(code);
            })
            .RequireAuthorization(AccessPolicies.WatchCameras)
            .WithSummary("One camera: profile (stream URLs), status, uptime per day and its latest timeline.");

        api.MapPost("/cameras/{code}/heartbeat", HeartbeatAsync)
            .RequireAuthorization(AccessPolicies.CameraDevices)
            .Produces<CameraStatus>()
            .ProducesValidationProblem()
            .WithSummary("The camera (or its VMS) reports it is alive: observedAt, fps, snapshotHash, recording.");

        api.MapPost("/cameras/{code}/events", EventAsync)
            .RequireAuthorization(AccessPolicies.CameraDevices)
            .Produces<CameraEventResult>()
            .ProducesValidationProblem()
            .WithSummary("An analytics event in Frigate's shape (type new/update/end; id, label, score, zones, start_time, end_time); idempotent on the event id.");

        api.MapPut("/cameras/{code}/snapshot", PutSnapshotAsync)
            .RequireAuthorization(AccessPolicies.CameraDevices)
            .ProducesValidationProblem()
            .WithSummary("The camera's latest picture (image/jpeg, size-limited); optional ?takenAt= (ISO 8601).");

        api.MapGet("/cameras/{code}/snapshot", GetSnapshotAsync)
            .RequireAuthorization(AccessPolicies.ViewCameraWall)
            .WithSummary("The latest picture of a camera, for signed-in staff only.");
    }

    private static async Task<IResult> ListAsync(CityCatalog catalog, IGrainFactory grains)
    {
        var cameras = await catalog.CamerasAsync();
        var statuses = await Task.WhenAll(cameras.Select(c => grains.GetGrain<ICameraGrain>(c.Code).GetStatusAsync()));
        return Results.Ok(statuses.OfType<CameraStatus>().OrderBy(s => s.Code, StringComparer.Ordinal).Select(s => new
        {
            s.Code,
            s.Name,
            category = s.Category.ToString(),
            kelurahan = s.KelurahanCode,
            status = s.Health.ToString(),
            s.LastHeartbeatAt,
        }));
    }

    private static Task<IResult> HeartbeatAsync(string code, HttpRequest request, ClaimsPrincipal user, IGrainFactory grains, TimeProvider time) =>
        DeviceWriteAsync(code, request, user, grains, body => (CameraInput.ReadHeartbeat(body, time.GetUtcNow(), out var beat), beat),
            (camera, beat) => camera.HeartbeatAsync(beat));

    private static Task<IResult> EventAsync(string code, HttpRequest request, ClaimsPrincipal user, IGrainFactory grains, TimeProvider time) =>
        DeviceWriteAsync(code, request, user, grains, body => (CameraInput.ReadEvent(body, time.GetUtcNow(), out var evt), evt),
            (camera, evt) => camera.IngestEventAsync(evt));

    /// <summary>What every camera write does: the key's right to the camera, then the JSON, then the fields, then the grain.</summary>
    private static async Task<IResult> DeviceWriteAsync<TInput, TResult>(string code, HttpRequest request, ClaimsPrincipal user, IGrainFactory grains,
        Func<JsonElement, (IDictionary<string, string[]> Errors, TInput? Input)> read, Func<ICameraGrain, TInput, Task<TResult>> call)
        where TInput : class
    {
        var (camera, refusal) = await AuthorizeWriteAsync(code, user, grains);
        if (refusal is not null)
        {
            return refusal;
        }

        var (body, bad) = await ReadJsonAsync(request);
        if (bad is not null)
        {
            return bad;
        }

        var (errors, input) = read(body);
        return errors.Count > 0
            ? Results.ValidationProblem(errors, title: "The request has invalid fields.")
            : await CallAsync(() => call(camera!, input!));
    }

    /// <summary>A key only speaks for its own camera, or for the cameras of its VMS: 403 otherwise, 404 for no camera.</summary>
    private static async Task<(ICameraGrain? Camera, IResult? Refusal)> AuthorizeWriteAsync(string code, ClaimsPrincipal user, IGrainFactory grains)
    {
        var subject = user.FindFirst(ApiKeyAuthenticationHandler.SubjectClaim)?.Value ?? "";
        if (subject.StartsWith("camera:", StringComparison.OrdinalIgnoreCase) && !AccessPolicies.MayWriteCamera(user, code, null))
        {
            return (null, Forbidden(code));
        }

        var camera = grains.GetGrain<ICameraGrain>(code);
        if (await camera.GetProfileAsync() is not CameraProfile profile)
        {
            return (null, NoCamera(code));
        }

        return AccessPolicies.MayWriteCamera(user, profile.Code, profile.VmsId) ? (camera, null) : (null, Forbidden(code));
    }

    private static async Task<(JsonElement Body, IResult? Bad)> ReadJsonAsync(HttpRequest request)
    {
        try
        {
            using var document = await JsonDocument.ParseAsync(request.Body);
            return (document.RootElement.Clone(), null);
        }
        catch (JsonException ex)
        {
            return (default, ApiProblems.Field("body", "Not valid JSON: " + ex.Message.Split('.')[0] + "."));
        }
    }

    private static async Task<IResult> CallAsync<T>(Func<Task<T>> call)
    {
        try
        {
            return Results.Ok(await call());
        }
        catch (ArgumentException ex)
        {
            return ApiProblems.From(ex);
        }
        catch (Exception ex) when (ApiProblems.RetryLater(ex) is { } retryLater)
        {
            return retryLater;
        }
    }

    private static IResult Forbidden(string code) =>
        Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: $"This key may not send data for camera '{code}'.");

    private static IResult NoCamera(string code) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: $"No camera '{code}'.");
}
