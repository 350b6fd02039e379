using System.Security.Claims;
using System.Text.Json;
using System.Text.Json.Nodes;
using AmbonCC.Cameras;
using AmbonCC.City;
using AmbonCC.Web.Api;
using AmbonCC.Web.Devices;
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
            .ProducesValidationProblem()
            .WithSummary("The camera (or its VMS) reports it is alive: observedAt, fps, snapshotHash, recording.");

        api.MapPost("/cameras/{code}/events", EventAsync)
            .RequireAuthorization(AccessPolicies.CameraDevices)
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

    /// <summary>A camera's heartbeat (or a VMS's few for one camera), through the shared device ingest.</summary>
    private static readonly DeviceIngestSpec Heartbeats = new("camera", 20, 16 * 1024);

    /// <summary>Frigate sends one event per message; a short batch is taken too.</summary>
    private static readonly DeviceIngestSpec Events = new("camera", 20, 64 * 1024);

    private static Task<IResult> HeartbeatAsync(string code, HttpRequest request, ClaimsPrincipal user, IGrainFactory grains, TimeProvider time) =>
        CameraIngestAsync<CameraHeartbeat, object>(code, request, user, grains, Heartbeats,
            (body, now) => (CameraInput.ReadHeartbeat(body, now, out var beat), beat), time,
            async (camera, beat) => (Health(await camera.HeartbeatAsync(beat)), DeviceItemOutcome.Accepted(0)));

    // The device ingest writes its own JSON (no enum converter): enums go out as their names, as everywhere else.
    private static object Health(CameraStatus s) => new
    {
        s.Code, health = s.Health.ToString(), conditions = s.Conditions.ToString(), s.LastHeartbeatAt, s.Fps, s.Recording, s.Snapshot,
    };

    private static Task<IResult> EventAsync(string code, HttpRequest request, ClaimsPrincipal user, IGrainFactory grains, TimeProvider time) =>
        CameraIngestAsync<CameraEvent, object>(code, request, user, grains, Events,
            (body, now) => (CameraInput.ReadEvent(body, now, out var evt), evt), time,
            async (camera, evt) =>
            {
                var result = await camera.IngestEventAsync(evt);
                return (new { result.EventId, outcome = result.Outcome.ToString() }, result.Outcome switch
                {
                    CameraEventOutcome.Duplicate => DeviceItemOutcome.Duplicate(0),
                    CameraEventOutcome.Ignored => new DeviceItemOutcome(0, "accepted", "ignored: below its category's threshold"),
                    _ => DeviceItemOutcome.Accepted(0),
                });
            });

    /// <summary>
    /// Every camera write through <see cref="DeviceIngest"/>: the key's right to the camera (its own key or its VMS's),
    /// JSON (415/413), one item or a batch, fields by name for one item and by path (<c>[2].fps</c>) in a batch,
    /// then the grain item by item in order; the answer is the last item's result with every item's outcome.
    /// </summary>
    private static Task<IResult> CameraIngestAsync<TInput, TResult>(string code, HttpRequest request, ClaimsPrincipal user, IGrainFactory grains,
        DeviceIngestSpec spec, Func<JsonElement, DateTimeOffset, (Dictionary<string, string[]> Errors, TInput? Input)> read, TimeProvider time,
        Func<ICameraGrain, TInput, Task<(TResult Result, DeviceItemOutcome Outcome)>> call)
        where TInput : class
        where TResult : class
    {
        var camera = grains.GetGrain<ICameraGrain>(code);
        return DeviceIngest.HandleAsync<JsonNode, List<TInput>>(request, user, spec, code,
            items =>
            {
                var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
                var batch = new List<TInput>(items.Count);
                var now = time.GetUtcNow();
                for (var i = 0; i < items.Count; i++)
                {
                    var element = items[i] is { } node ? JsonSerializer.SerializeToElement(node) : default;
                    var (itemErrors, input) = read(element, now);
                    foreach (var (field, messages) in itemErrors)
                    {
                        errors[items.Count == 1 ? field : $"[{i}].{field}"] = messages;
                    }

                    if (input is not null)
                    {
                        batch.Add(input);
                    }
                }

                return (errors, batch);
            },
            async batch =>
            {
                TResult? last = null;
                var outcomes = new List<DeviceItemOutcome>(batch.Count);
                foreach (var input in batch)
                {
                    var (result, outcome) = await call(camera, input);
                    outcomes.Add(outcome with { Index = outcomes.Count });
                    last = result;
                }

                return new DeviceIngestReply(last!, outcomes);
            },
            async () => (await AuthorizeWriteAsync(code, user, grains)).Refusal);
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
