using System.Security.Claims;
using System.Text.Json;
using AmbonCC.Platform;
using AmbonCC.TaxTerminals;
using AmbonCC.Web.Api;
using AmbonCC.Web.Security;
using Microsoft.Extensions.Options;

namespace AmbonCC.Web.TaxTerminals;

/// <summary>
/// The terminal's receipt ingest: key bound to the serial, JSON only, bounded size, every field checked before the
/// grain is called, so that nothing of a bad batch is stored. (Shaped like the gauge ingest; when the shared
/// device-ingest helper lands this becomes a call to it.)
/// </summary>
internal static class TaxIngest
{
    /// <summary>500 receipts of a few hundred bytes each, with room to spare.</summary>
    public const long MaxBodyBytes = 512 * 1024;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<IResult> TransactionsAsync(string serial, HttpRequest request, ClaimsPrincipal user, IGrainFactory grains, TimeProvider time, IOptions<TaxRuleOptions> options)
    {
        if (!AccessPolicies.MaySpeakFor(user, SubjectKeys.Terminal(serial)))
        {
            return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: $"This key may not send receipts for terminal '{serial}'.");
        }

        if (!request.HasJsonContentType())
        {
            return Results.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Send application/json.");
        }

        if (request.ContentLength > MaxBodyBytes)
        {
            return TooLarge($"At most {MaxBodyBytes / 1024} KiB per request.");
        }

        IReadOnlyList<TaxTransactionInput?> inputs;
        try
        {
            using var body = new LimitedStream(request.Body, MaxBodyBytes);
            using var document = await JsonDocument.ParseAsync(body);
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Array && root.GetArrayLength() > options.Value.MaxBatchSize)
            {
                return TooLarge($"At most {options.Value.MaxBatchSize} receipts per request; this one has {root.GetArrayLength()}.");
            }

            inputs = root.ValueKind == JsonValueKind.Object
                ? [root.Deserialize<TaxTransactionInput>(Json)]
                : root.Deserialize<TaxTransactionInput?[]>(Json) ?? [];
        }
        catch (LimitedStream.TooLargeException)
        {
            return TooLarge($"At most {MaxBodyBytes / 1024} KiB per request.");
        }
        catch (JsonException ex)
        {
            return ApiProblems.Field(JsonField(ex.Path), "Not valid JSON here: " + ex.Message.Split('.')[0] + ".");
        }
        catch (InvalidOperationException)
        {
            return ApiProblems.Field("body", "One receipt object or an array of them.");
        }

        var errors = TransactionValidator.ValidateBatch(inputs, time.GetUtcNow(), options.Value, out var transactions);
        if (errors.Count > 0)
        {
            return Results.ValidationProblem(errors, title: "The request has invalid fields.");
        }

        try
        {
            return Results.Ok(await grains.GetGrain<ITaxTerminalGrain>(serial).IngestAsync(transactions));
        }
        catch (ReceiptConflictException ex)
        {
            return Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "A receipt number was already stored with other content; nothing of this batch was stored.",
                extensions: new Dictionary<string, object?> { ["field"] = "receiptNo", ["receiptNos"] = ex.ReceiptNos });
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

    public static async Task<IResult> HeartbeatAsync(string serial, HttpRequest request, ClaimsPrincipal user, IGrainFactory grains)
    {
        if (!AccessPolicies.MaySpeakFor(user, SubjectKeys.Terminal(serial)))
        {
            return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: $"This key may not speak for terminal '{serial}'.");
        }

        DateTimeOffset? deviceTime = null;
        if (request.ContentLength is > 0 || request.Headers.TransferEncoding.Count > 0)
        {
            if (!request.HasJsonContentType())
            {
                return Results.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Send application/json.");
            }

            try
            {
                using var body = new LimitedStream(request.Body, 4096);
                var beat = await JsonSerializer.DeserializeAsync<HeartbeatRequest>(body, Json);
                deviceTime = beat?.DeviceTime;
            }
            catch (Exception ex) when (ex is JsonException or LimitedStream.TooLargeException)
            {
                return ApiProblems.Field("deviceTime", "ISO-8601 with an offset, e.g. 2026-12-01T12:05:00+09:00.");
            }
        }

        var terminal = grains.GetGrain<ITaxTerminalGrain>(serial);
        if (await terminal.GetProfileAsync() is null)
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: $"No terminal '{serial}'.");
        }

        try
        {
            return Results.Ok(await terminal.HeartbeatAsync(deviceTime));
        }
        catch (Exception ex) when (ApiProblems.RetryLater(ex) is { } retryLater)
        {
            return retryLater;
        }
    }

    private static IResult TooLarge(string title) => Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: title,
        extensions: new Dictionary<string, object?> { ["field"] = "$" });

    private static string JsonField(string? path) =>
        string.IsNullOrEmpty(path) || path == "$" ? "body" : path.TrimStart('$').TrimStart('.');
}

/// <summary>A heartbeat; the device's own clock is optional.</summary>
public sealed record HeartbeatRequest(DateTimeOffset? DeviceTime);
