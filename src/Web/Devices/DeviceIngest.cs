using System.Security.Claims;
using System.Text.Json;
using System.Text.Json.Nodes;
using AmbonCC.Web.Api;
using AmbonCC.Web.Security;

namespace AmbonCC.Web.Devices;

/// <summary>
/// What one device endpoint accepts: the subject kind its keys carry (<c>gauge</c> → subject <c>gauge:CODE</c>),
/// how many items a batch may hold and how many bytes a body may have. <paramref name="EmptyIsOneItem"/>: a call
/// without a body is one item with no fields (a heartbeat), not a 415/400.
/// </summary>
public sealed record DeviceIngestSpec(string DeviceKind, int MaxItems, long MaxBytes = DeviceIngest.DefaultMaxBytes, bool EmptyIsOneItem = false);

/// <summary>What happened to one item of a batch: <c>accepted</c>, <c>duplicate</c> or <c>refused</c> (with a reason).</summary>
public sealed record DeviceItemOutcome(int Index, string Outcome, string? Reason = null)
{
    public static DeviceItemOutcome Accepted(int index) => new(index, "accepted");

    public static DeviceItemOutcome Duplicate(int index) => new(index, "duplicate");

    public static DeviceItemOutcome Refused(int index, string reason) => new(index, "refused", reason);
}

/// <summary>The grain's answer to a batch: the domain's own body (counts, new status) and one outcome per item.</summary>
public sealed record DeviceIngestReply(object Body, IReadOnlyList<DeviceItemOutcome> Items);

/// <summary>
/// The one way devices send data (gauges now; tax terminals and cameras next): the key must speak for the
/// device, the body is JSON (415 otherwise) of at most <see cref="DeviceIngestSpec.MaxBytes"/> (413), one item or an
/// array of up to <see cref="DeviceIngestSpec.MaxItems"/>; errors name the JSON path (<c>[3].levelCm</c>) and refuse
/// the whole call; a saturated ledger or a store outage is 503 + Retry-After; the answer lists every item's outcome.
/// </summary>
public static class DeviceIngest
{
    public const long DefaultMaxBytes = 256 * 1024;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <param name="validate">Domain rules over the parsed items (null where an element was JSON null): errors by path, and the typed batch.</param>
    /// <param name="submit">Hands the validated batch to the grain; throws ArgumentException for a refused call.</param>
    /// <param name="authorize">Replaces the subject check (key subject <c>kind:code</c>): null to go on, else the refusal.</param>
    public static async Task<IResult> HandleAsync<TInput, TBatch>(
        HttpRequest request, ClaimsPrincipal user, DeviceIngestSpec spec, string deviceCode,
        Func<IReadOnlyList<TInput?>, (IDictionary<string, string[]> Errors, TBatch Batch)> validate,
        Func<TBatch, Task<DeviceIngestReply>> submit,
        Func<Task<IResult?>>? authorize = null)
        where TInput : class
    {
        // A device kind whose keys may also belong to a gateway (a camera's VMS) decides who speaks for the device itself.
        var refusal = authorize is not null ? await authorize()
            : AccessPolicies.MaySpeakFor(user, $"{spec.DeviceKind}:{deviceCode}") ? null
            : Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: $"This key may not send data for {spec.DeviceKind} '{deviceCode}'.");
        if (refusal is not null)
        {
            return refusal;
        }

        var empty = spec.EmptyIsOneItem && request.ContentLength is null or 0 && request.Headers.TransferEncoding.Count == 0;
        if (!empty && !request.HasJsonContentType())
        {
            return Results.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Send the data as application/json.");
        }

        if (await RequestBodyLimits.ReadAtMostAsync(request, spec.MaxBytes) is not { } body)
        {
            return Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: $"The body is larger than {spec.MaxBytes} bytes: send smaller batches.");
        }

        var (items, error) = Parse<TInput>(empty && body.Length == 0 ? "{}"u8.ToArray() : body, spec.MaxItems);
        if (error is not null)
        {
            return error;
        }

        var (errors, batch) = validate(items!);
        if (errors.Count > 0)
        {
            return Results.ValidationProblem(errors, title: "The request has invalid fields.");
        }

        try
        {
            return Answer(await submit(batch));
        }
        catch (ArgumentException ex)
        {
            return ApiProblems.From(ex);
        }
        catch (Exception ex) when (ApiProblems.RetryLater(ex) is { } retryLater)
        {
            // A saturated ledger or a store outage: nothing was acknowledged, the device sends the batch again.
            return retryLater;
        }
    }

    private static (IReadOnlyList<TInput?>? Items, IResult? Error) Parse<TInput>(byte[] body, int maxItems)
        where TInput : class
    {
        JsonElement[] elements;
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            elements = root.ValueKind switch
            {
                JsonValueKind.Object => [root.Clone()],
                JsonValueKind.Array => [.. root.EnumerateArray().Select(e => e.Clone())],
                _ => [],
            };
        }
        catch (JsonException ex)
        {
            return (null, ApiProblems.Field("body", "Not valid JSON: " + ex.Message.Split('.')[0] + "."));
        }

        if (elements.Length == 0 || elements.Length > maxItems)
        {
            return (null, ApiProblems.Field("$", $"Send one item or an array of 1 to {maxItems} items."));
        }

        var items = new TInput?[elements.Length];
        var errors = new Dictionary<string, string[]>();
        for (var i = 0; i < elements.Length; i++)
        {
            try
            {
                items[i] = elements[i].Deserialize<TInput>(Json);
            }
            catch (JsonException ex)
            {
                // The exception's path is relative to the element ("$.levelCm"): report it within the batch.
                var field = ex.Path is null or "$" ? "" : ex.Path.TrimStart('$');
                errors[$"[{i}]{field}"] = ["Not valid here: " + ex.Message.Split('.')[0] + "."];
            }
        }

        return errors.Count > 0
            ? (null, Results.ValidationProblem(errors, title: "The request has invalid fields."))
            : (items, null);
    }

    /// <summary>The domain's body with the per-item outcomes and their counts added.</summary>
    private static IResult Answer(DeviceIngestReply reply)
    {
        var body = JsonSerializer.SerializeToNode(reply.Body, reply.Body.GetType(), Json) as JsonObject ?? [];
        body.TryAdd("accepted", reply.Items.Count(i => i.Outcome == "accepted"));
        body.TryAdd("duplicates", reply.Items.Count(i => i.Outcome == "duplicate"));
        body["refused"] = reply.Items.Count(i => i.Outcome == "refused");
        body["items"] = JsonSerializer.SerializeToNode(reply.Items, Json);
        return Results.Json(body, Json);
    }
}
