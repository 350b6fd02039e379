using System.Security.Claims;
using System.Text.Json;
using AmbonCC.Platform;
using AmbonCC.TaxTerminals;
using AmbonCC.Web.Api;
using AmbonCC.Web.Devices;
using AmbonCC.Web.Security;
using Microsoft.Extensions.Options;

namespace AmbonCC.Web.TaxTerminals;

/// <summary>
/// The terminal's receipt ingest through the shared device ingest (key bound to the serial, JSON only, bounded size,
/// every field checked before the grain is called, so that nothing of a bad batch is stored), plus the heartbeat.
/// </summary>
internal static class TaxIngest
{
    /// <summary>500 receipts of a few hundred bytes each, with room to spare.</summary>
    public const long MaxBodyBytes = 512 * 1024;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<IResult> TransactionsAsync(string serial, HttpRequest request, ClaimsPrincipal user, IGrainFactory grains, TimeProvider time, IOptions<TaxRuleOptions> options)
    {
        var spec = new DeviceIngestSpec(SubjectKeys.TerminalKind, options.Value.MaxBatchSize, MaxBodyBytes);
        try
        {
            return await DeviceIngest.HandleAsync<TaxTransactionInput, IReadOnlyList<TaxTransaction>>(request, user, spec, serial,
                inputs => (TransactionValidator.ValidateBatch(inputs, time.GetUtcNow(), options.Value, out var transactions), transactions),
                async transactions =>
                {
                    var result = await grains.GetGrain<ITaxTerminalGrain>(serial).IngestAsync(transactions);
                    return new DeviceIngestReply(result, Outcomes(transactions, result));
                });
        }
        catch (ReceiptConflictException ex)
        {
            return Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "A receipt number was already stored with other content; nothing of this batch was stored.",
                extensions: new Dictionary<string, object?> { ["field"] = "receiptNo", ["receiptNos"] = ex.ReceiptNos });
        }
    }

    /// <summary>An item is accepted when this call stored its receipt number (its first occurrence), else a duplicate.</summary>
    private static List<DeviceItemOutcome> Outcomes(IReadOnlyList<TaxTransaction> transactions, TaxIngestResult result)
    {
        var inserted = (result.Inserted ?? []).ToHashSet();
        return [.. transactions.Select((t, i) => inserted.Remove(t.ReceiptNo) ? DeviceItemOutcome.Accepted(i) : DeviceItemOutcome.Duplicate(i))];
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

}

/// <summary>A heartbeat; the device's own clock is optional.</summary>
public sealed record HeartbeatRequest(DateTimeOffset? DeviceTime);
