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

    private static readonly JsonSerializerOptions StatusJson = new(JsonSerializerDefaults.Web) { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

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

    /// <summary>
    /// The same path as receipts (key, JSON, fields, grain, 503 on a store outage); an empty body is a heartbeat
    /// without the device's clock. The answer is the terminal's status.
    /// </summary>
    public static Task<IResult> HeartbeatAsync(string serial, HttpRequest request, ClaimsPrincipal user, IGrainFactory grains, TimeProvider time, IOptions<TaxRuleOptions> options)
    {
        var spec = new DeviceIngestSpec(SubjectKeys.TerminalKind, MaxItems: 1, MaxBytes: 4 * 1024, EmptyIsOneItem: true);
        return DeviceIngest.HandleAsync<HeartbeatRequest, DateTimeOffset?>(request, user, spec, serial,
            beats => (HeartbeatErrors(beats[0], time.GetUtcNow(), options.Value), beats[0]?.DeviceTime),
            async deviceTime =>
            {
                var status = await grains.GetGrain<ITaxTerminalGrain>(serial).HeartbeatAsync(deviceTime);
                // The status as the API shows it elsewhere: health by name ("Green"), not its number.
                return new DeviceIngestReply(JsonSerializer.SerializeToNode(status, StatusJson)!, [DeviceItemOutcome.Accepted(0)]);
            });
    }

    /// <summary>A device clock a year off is a broken clock to report (the clock-skew rule), not a bad request; only absurd dates are refused.</summary>
    private static Dictionary<string, string[]> HeartbeatErrors(HeartbeatRequest? beat, DateTimeOffset now, TaxRuleOptions options)
    {
        var errors = new Dictionary<string, string[]>();
        if (beat?.DeviceTime is { } at && (at.Year < 2000 || at > now.AddYears(10)))
        {
            errors["deviceTime"] = ["ISO-8601 with an offset, e.g. 2026-12-01T12:05:00+09:00, within a plausible range."];
        }

        return errors;
    }
}

/// <summary>A heartbeat; the device's own clock is optional.</summary>
public sealed record HeartbeatRequest(DateTimeOffset? DeviceTime);
