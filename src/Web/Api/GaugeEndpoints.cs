using System.Security.Claims;
using AmbonCC.City;
using AmbonCC.Platform;
using AmbonCC.RiverGauges;
using AmbonCC.Web.Devices;
using AmbonCC.Web.Security;
using AmbonCC.Web.Services;
using Microsoft.OpenApi;

namespace AmbonCC.Web.Api;

/// <summary>River gauges: device ingest, status, history and the Supervisor's threshold editor.</summary>
public static class GaugeEndpoints
{
    public static void MapGaugeApi(this RouteGroupBuilder api)
    {
        api.MapGet("/gauges", (CityCatalog catalog) => catalog.GaugeStatusesAsync())
            .RequireAuthorization(AccessPolicies.ReadRivers)
            .WithSummary("Every river gauge with its current level, band and alarms.");

        api.MapPost("/gauges", RegisterAsync)
            .RequireAuthorization(AccessPolicies.RegisterGauges)
            .ProducesValidationProblem()
            .WithSummary("An Admin registers a new gauge (or updates its profile); it then accepts readings from its device key.");

        api.MapGet("/gauges/{code}", async (string code, IGrainFactory grains) =>
                await grains.GetGrain<IRiverGaugeGrain>(code).GetStatusAsync() is { } status
                    ? Results.Ok(status)
                    : Results.Problem(statusCode: 404, title: $"No gauge '{code}'."))
            .RequireAuthorization(AccessPolicies.ReadRivers)
            .WithSummary("One gauge's status.");

        api.MapPost("/gauges/{code}/readings", IngestAsync)
            .RequireAuthorization(AccessPolicies.Devices)
            // Documented by hand, not with Accepts(): Accepts makes routing answer a wrong content type before
            // authorization, so a device with a valid key heard 401 instead of 415.
            .AddOpenApiOperationTransformer(async (operation, context, cancellationToken) => operation.RequestBody = new OpenApiRequestBody
            {
                Required = true,
                Content = new Dictionary<string, OpenApiMediaType>
                {
                    ["application/json"] = new() { Schema = await context.GetOrCreateSchemaAsync(typeof(GaugeReadingInput[]), null, cancellationToken) },
                },
            })
            .Produces<IngestResult>()
            .ProducesValidationProblem()
            .WithSummary("A device sends one reading or a batch; idempotent on seq; answered after the readings are durable.");

        api.MapGet("/gauges/{code}/readings", ReadingsAsync)
            .RequireAuthorization(AccessPolicies.ReadRivers)
            .WithSummary("History: full resolution up to 24 h, downsampled beyond (resolution: raw, 1m, 5m, 15m, 1h, 1d).");

        api.MapPut("/gauges/{code}/thresholds", UpdateThresholdsAsync)
            .RequireAuthorization(AccessPolicies.EditThresholds)
            .ProducesValidationProblem()
            .WithSummary("A Supervisor changes a gauge's thresholds and warning mode; audited.");

        api.MapGet("/gauges/{code}/thresholds/history", async (string code, IGrainFactory grains) =>
                await grains.GetGrain<IRiverGaugeGrain>(code).GetThresholdHistoryAsync())
            .RequireAuthorization(AccessPolicies.Staff)
            .WithSummary("Who changed the thresholds, when, from what to what.");
    }

    private static string UserOf(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "?";

    private static readonly DeviceIngestSpec Readings = new("gauge", GaugeLimits.MaxBatchSize);

    private static Task<IResult> IngestAsync(string code, HttpRequest request, ClaimsPrincipal user, IGrainFactory grains, TimeProvider time) =>
        DeviceIngest.HandleAsync<GaugeReadingInput, IReadOnlyList<GaugeReading>>(request, user, Readings, code,
            inputs => (ReadingValidator.ValidateBatch(inputs, time.GetUtcNow(), out var readings), readings),
            async readings =>
            {
                // One grain call per batch: an unknown gauge answers with ArgumentException("code").
                var result = await grains.GetGrain<IRiverGaugeGrain>(code).IngestAsync(readings);
                var items = (result.Outcomes ?? []).Select((o, i) => o == ItemOutcome.Accepted ? DeviceItemOutcome.Accepted(i) : DeviceItemOutcome.Duplicate(i));
                return new DeviceIngestReply(result, [.. items]);
            });

    private static async Task<IResult> ReadingsAsync(string code, DateTimeOffset? from, DateTimeOffset? to, string? resolution, IGrainFactory grains, TimeProvider time)
    {
        var end = to ?? time.GetUtcNow();
        var start = from ?? end.AddHours(-24);
        if (start >= end)
        {
            return ApiProblems.Field("from", "'from' must be before 'to'.");
        }

        if (end - start > TimeSpan.FromDays(400))
        {
            return ApiProblems.Field("from", "At most 400 days per request.");
        }

        var bucket = ReadingResolution.Choose(resolution, end - start);
        if (bucket is null && resolution is not null && resolution != "raw")
        {
            return ApiProblems.Field("resolution", "One of raw, 1m, 5m, 15m, 1h, 1d.");
        }

        if (bucket is null && end - start > TimeSpan.FromHours(24))
        {
            return ApiProblems.Field("resolution", "Full resolution is served for up to 24 hours; choose a resolution.");
        }

        var history = grains.GetGrain<IGaugeHistoryGrain>(IGaugeHistoryGrain.Any);
        return bucket is { } b
            ? Results.Ok(new { code, from = start, to = end, resolution = ReadingResolution.Name(b), buckets = await history.GetBucketsAsync(code, start, end, b) })
            : Results.Ok(new { code, from = start, to = end, resolution = "raw", readings = (await history.GetReadingsAsync(code, start, end, 20_000)).Select(r => r.Reading) });
    }

    private static async Task<IResult> RegisterAsync(GaugeRegistration? body, ClaimsPrincipal user, IGrainFactory grains, CityCatalog catalog)
    {
        if (body is null)
        {
            return ApiProblems.Field("body", "A JSON body with the gauge is required.");
        }

        var kelurahan = await catalog.KelurahanAsync();
        var errors = GaugeRegistration.Validate(body, kelurahan.Keys.ToHashSet());
        if (errors.Count > 0)
        {
            return Results.ValidationProblem(errors, title: "The request has invalid fields.");
        }

        try
        {
            var profile = body.ToProfile();
            var gauge = grains.GetGrain<IRiverGaugeGrain>(profile.Code);
            var created = await gauge.RegisterAsync(profile);
            await grains.GetGrain<ICityDirectoryGrain>(CityKeys.City).AddToIndexAsync(CityIndexKind.RiverGauge, [profile.Code]);
            // The profile has no warning mode; set it the audited way, keeping the gauge's current thresholds.
            if (await gauge.GetStatusAsync() is { } status && status.AutoIssueWarnings != body.Thresholds!.AutoIssueWarnings)
            {
                await gauge.UpdateThresholdsAsync(status.Thresholds, body.Thresholds.AutoIssueWarnings, UserOf(user));
            }

            return created ? Results.Created($"/api/v1/gauges/{profile.Code}", profile) : Results.Ok(profile);
        }
        catch (ArgumentException ex)
        {
            return ApiProblems.From(ex);
        }
    }

    private static async Task<IResult> UpdateThresholdsAsync(string code, ThresholdRequest? body, ClaimsPrincipal user, IGrainFactory grains)
    {
        if (body is null)
        {
            return ApiProblems.Field("body", "A JSON body with the thresholds is required.");
        }

        var gauge = grains.GetGrain<IRiverGaugeGrain>(code);
        if (await gauge.GetProfileAsync() is null)
        {
            return Results.Problem(statusCode: 404, title: $"No gauge '{code}'.");
        }

        try
        {
            return Results.Ok(await gauge.UpdateThresholdsAsync(body.ToThresholds(), body.AutoIssueWarnings, UserOf(user)));
        }
        catch (ArgumentException ex)
        {
            return ApiProblems.From(ex);
        }
    }
}

/// <summary>A gauge's rules as the threshold editor sends them (minutes for durations).</summary>
public sealed record ThresholdRequest(
    double Siaga3Cm, double Siaga2Cm, double Siaga1Cm, double RiseAlarmCmPer10Min, double HysteresisMarginCm,
    double HoldMinutes, double StaleMinutes, bool AutoIssueWarnings)
{
    /// <summary>The thresholds; minutes out of range throw <see cref="ArgumentException"/> naming the field (TimeSpan would overflow).</summary>
    public GaugeThresholds ToThresholds()
    {
        var thresholds = new GaugeThresholds(Siaga3Cm, Siaga2Cm, Siaga1Cm, RiseAlarmCmPer10Min, HysteresisMarginCm,
            Minutes(HoldMinutes, 0, 24 * 60, "holdMinutes"), Minutes(StaleMinutes, 1, 7 * 24 * 60, "staleMinutes"));
        thresholds.Validate();
        return thresholds;
    }

    private static TimeSpan Minutes(double value, double min, double max, string field) =>
        double.IsFinite(value) && value >= min && value <= max
            ? TimeSpan.FromMinutes(value)
            : throw new ArgumentException($"Between {min} and {max} minutes.", field);
}
