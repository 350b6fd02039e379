using System.Security.Claims;
using AmbonCC.Complaints;
using AmbonCC.Complaints.Rules;
using AmbonCC.Platform;
using AmbonCC.Web.Api;
using AmbonCC.Web.Security;

namespace AmbonCC.Web.Complaints;

/// <summary>The LAPOR! exchange endpoints (Admin): export what changed since a time, import records idempotently.</summary>
public static class LaporExchangeEndpoints
{
    public static void MapLaporExchange(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/complaints/exchange/lapor", async (DateTimeOffset? since, IGrainFactory grains, ClaimsPrincipal user) =>
            {
                var page = await grains.GetGrain<IComplaintIndexGrain>(CityKeys.City).ListAsync(new ComplaintFilter(Since: since, Limit: 1000));
                var reader = new ComplaintReader(ComplaintAccess.Actor(user), ReaderKind.Desk);
                var views = await Task.WhenAll(page.Items.Select(s => grains.GetGrain<IComplaintGrain>(s.Id).GetAsync(reader)));
                return Results.Ok(views.OfType<ComplaintView>().Select(v => LaporExchange.ToLapor(v)));
            })
            .RequireAuthorization(AccessPolicies.Admins).WithTags("Complaints")
            .WithSummary("LAPOR! exchange export: complaints changed since a time (with the reporter: Admin only).");
        app.MapPost("/api/v1/complaints/exchange/lapor", (LaporRecord[]? records, IGrainFactory grains, ComplaintClock clock, ClaimsPrincipal user) => ComplaintEndpoints.Guard(async () =>
            {
                if (records is null || records.Length is 0 or > 500)
                {
                    return ApiProblems.Field("body", "An array of 1 to 500 LAPOR! records.");
                }

                var ids = new List<string>();
                for (var i = 0; i < records.Length; i++)
                {
                    ComplaintImport import;
                    try
                    {
                        import = LaporExchange.FromLapor(records[i], ComplaintAccess.Actor(user));
                        AmbonCC.Complaints.Rules.ComplaintInput.Validate(import.Submission);
                    }
                    catch (ArgumentException ex)
                    {
                        return ApiProblems.Field($"[{i}].{ex.ParamName}", ex.Message.Replace($" (Parameter '{ex.ParamName}')", "", StringComparison.Ordinal));
                    }

                    ids.Add(await ImportOnceAsync(grains, clock, records[i], import));
                }

                return Results.Ok(ids);
            }))
            .RequireAuthorization(AccessPolicies.Admins).WithTags("Complaints")
            .WithSummary("LAPOR! exchange import: each record once (by lapor_id, or by our tracking id).");
    }

    /// <summary>A record with our tracking id or a known LAPOR! id lands on the same complaint again (a no-op).</summary>
    private static async Task<string> ImportOnceAsync(IGrainFactory grains, ComplaintClock clock, LaporRecord record, ComplaintImport import)
    {
        if (TrackingIds.IsValid(record.TrackingId))
        {
            await grains.GetGrain<IComplaintGrain>(record.TrackingId!).ImportAsync(import);
            return record.TrackingId!;
        }

        var link = record.LaporId is { Length: > 0 and <= 100 } laporId ? grains.GetGrain<IComplaintTokenGrain>("lapor:" + laporId) : null;
        if (link is not null && await link.ResolveAsync() is { } known)
        {
            return known;
        }

        var counterKey = TrackingIds.CounterKey(clock.GetUtcNow());
        var id = TrackingIds.Format(counterKey, await grains.GetGrain<IComplaintCounterGrain>(counterKey).NextAsync());
        await grains.GetGrain<IComplaintGrain>(id).ImportAsync(import);
        if (link is not null)
        {
            await link.BindAsync(id);
        }

        return id;
    }
}
