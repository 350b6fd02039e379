using AmbonCC.City;
using AmbonCC.TaxTerminals;
using AmbonCC.Web.Api;
using Microsoft.AspNetCore.Mvc;

namespace AmbonCC.Web.TaxTerminals;

/// <summary>
/// The read side of the tax register over HTTP for agency systems and officers: the anomaly queue, the city's
/// figures and the terminal list, from the kecamatan registers (never one call per outlet; a kelurahan filter asks
/// its kecamatan's register alone).
/// </summary>
/// <remarks>
/// Query parameters are bound as text and checked by <see cref="TaxListQuery"/>, so that a bad value is a 400 that
/// names the parameter instead of the framework's bare 400 for a failed binding.
/// </remarks>
internal static class TaxQueries
{
    public static Task<IResult> AnomaliesAsync(
        [FromQuery] string? stage, [FromQuery] string? overdue, [FromQuery] string? kelurahan, [FromQuery] string? limit, [FromQuery] string? offset,
        TaxDesk desk) => GuardAsync(async () =>
    {
        if (!TaxListQuery.TryAnomalies(stage, overdue, kelurahan, limit, offset, out var query, out var error))
        {
            return error.ToProblem();
        }

        var page = TaxListQuery.Apply((await desk.RegisterAsync(query.Kelurahan)).Queue, query);
        return Results.Ok(new
        {
            page.Total,
            items = page.Items.Select(r => new
            {
                r.Npwpd, outlet = r.Name, kelurahan = r.KelurahanCode, r.Score, stage = QueryParameters.Name(r.Stage), r.Overdue,
                r.Findings, r.TopFinding, changedAt = r.At,
            }),
        });
    });

    public static Task<IResult> SummaryAsync(TaxDesk desk, CityClock clock, TimeProvider time) => GuardAsync(async () =>
    {
        var totals = await desk.TotalsAsync();
        var asOf = clock.ToCityTime(time.GetUtcNow());
        // Flat, with TaxTotals' own names, so that an agency system reads the same figures as the Tax page's tiles.
        return Results.Ok(new
        {
            asOf, day = clock.DayOf(asOf), timeZone = clock.Label,
            totals.TodayTurnover, totals.TodayTax, totals.TodayReceipts, totals.MonthTurnover, totals.MonthTax, totals.LastMonthTurnover,
            totals.Terminals, totals.Red, totals.RedThreeDays,
        });
    });

    public static Task<IResult> TerminalsAsync(
        [FromQuery] string? status, [FromQuery] string? kelurahan, [FromQuery] string? npwpd, [FromQuery] string? limit, [FromQuery] string? offset,
        TaxDesk desk) => GuardAsync(async () =>
    {
        if (!TaxListQuery.TryTerminals(status, kelurahan, npwpd, limit, offset, out var query, out var error))
        {
            return error.ToProblem();
        }

        var page = TaxListQuery.Apply(await desk.TerminalsAsync(query.Kelurahan), query);
        var items = page.Items.Select(t => new
        {
            t.Serial, t.Npwpd, outlet = t.Outlet, kelurahan = t.KelurahanCode, status = QueryParameters.Name(t.Health),
            t.LastSeenAt, t.LastReceiptNo, t.TodayTurnover, t.TodayTax, t.RedSince,
        });

        // Without limit or offset the answer stays the bare array it always was (the simulator and the bench read it so).
        return query.Paged ? Results.Ok(new { page.Total, items }) : Results.Ok(items);
    });

    private static async Task<IResult> GuardAsync(Func<Task<IResult>> work)
    {
        try
        {
            return await work();
        }
        catch (Exception ex) when (ApiProblems.RetryLater(ex) is { } retry)
        {
            return retry;
        }
    }
}
