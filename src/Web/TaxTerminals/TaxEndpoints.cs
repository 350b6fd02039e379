using System.Security.Claims;
using AmbonCC.City;
using AmbonCC.TaxTerminals;
using AmbonCC.Web.Api;
using AmbonCC.Web.Security;

namespace AmbonCC.Web.TaxTerminals;

/// <summary>Restaurant tax: terminal ingest and heartbeat, lists, taxpayers, SPTPD and the enforcement case.</summary>
public static class TaxEndpoints
{
    public static void MapTaxApi(this RouteGroupBuilder api)
    {
        api.MapPost("/terminals/{serial}/transactions", TaxIngest.TransactionsAsync)
            .RequireAuthorization(AccessPolicies.Devices)
            // No Accepts(...) here: its content-type matcher would route text/plain past this endpoint (to a 403)
            // instead of letting the handler answer 415.
            .Produces<TaxIngestResult>()
            .ProducesValidationProblem()
            .WithSummary("An M-Post terminal sends one receipt or up to 500; idempotent on receiptNo; answered after they are durable (409: a stored receipt with other content).");

        api.MapPost("/terminals/{serial}/heartbeat", TaxIngest.HeartbeatAsync)
            .RequireAuthorization(AccessPolicies.Devices)
            .WithSummary("The terminal is alive; optional {deviceTime} for the clock-skew rule.");

        api.MapGet("/terminals", TaxQueries.TerminalsAsync)
            .RequireAuthorization(AccessPolicies.TaxTerminalList)
            .ProducesValidationProblem()
            .WithSummary("Terminals from the city's tax register (one call), red first: serial, NPWPD, outlet, kelurahan, status (green/red/unknown), today's figures. "
                + "Filters ?status=, ?kelurahan=, ?npwpd=. Without limit and offset: every matching terminal as a bare array (as before); "
                + "with ?limit= (1-1000, default 100) or ?offset= (0-100000): {total, items}.");

        api.MapGet("/tax/anomalies", TaxQueries.AnomaliesAsync)
            .RequireAuthorization(AccessPolicies.TaxTerminalList)
            .ProducesValidationProblem()
            .WithSummary("The Tax page's anomaly queue as {total, items}: by score, overdue cases first among equal scores. "
                + "Filters ?stage= (a case stage, e.g. teguranI), ?overdue=, ?kelurahan=; ?limit= (1-500, default 100), ?offset= (0-100000).");

        api.MapGet("/tax/summary", TaxQueries.SummaryAsync)
            .RequireAuthorization(AccessPolicies.TaxTerminalList)
            .WithSummary("The city's figures as the Tax page shows them: today's recorded turnover, PBJT and receipts, month to date, last month, "
                + "terminals, red and red 3+ days; asOf and the city's day.");

        api.MapGet("/taxpayers/{npwpd}", async (string npwpd, IGrainFactory grains) =>
                await grains.GetGrain<ITaxpayerGrain>(npwpd).GetViewAsync() is { } view
                    ? Results.Ok(view)
                    : Results.Problem(statusCode: 404, title: $"No taxpayer '{npwpd}'."))
            .RequireAuthorization(AccessPolicies.TaxWork)
            .WithSummary("A taxpayer with its score, findings (with evidence), case and SPTPD.");

        api.MapPost("/taxpayers/{npwpd}/sptpd", DeclareAsync)
            .RequireAuthorization(AccessPolicies.TaxDeclarations)
            .ProducesValidationProblem()
            .WithSummary("A TaxOfficer (or the revenue agency's system with its OPD key) enters a month's SPTPD; compared with the recorded turnover.");

        api.MapPost("/taxpayers/{npwpd}/case", ActAsync)
            .RequireAuthorization(AccessPolicies.TaxEnforcement)
            .ProducesValidationProblem()
            .WithSummary("A TaxOfficer's step on the case: fieldCheck, imbauan, teguranI/II/III, recommendSeal, comply; audited.");

        api.MapGet("/taxpayers/{npwpd}/letters/{index:int}", LetterAsync)
            .RequireAuthorization(AccessPolicies.TaxWork)
            .WithSummary("A warning letter of the case as PDF (index from 0 in the order issued).");
    }

    private static async Task<IResult> DeclareAsync(string npwpd, SptpdRequest? body, ClaimsPrincipal user, IGrainFactory grains)
    {
        if (body?.Period is null || body.Turnover is null || body.Tax is null)
        {
            return ApiProblems.Field(body?.Period is null ? "period" : body.Turnover is null ? "turnover" : "tax", "Required: period (yyyy-MM), turnover and tax in rupiah.");
        }

        try
        {
            var by = user.FindFirstValue(ClaimTypes.NameIdentifier) ?? user.Identity?.Name ?? "?";
            return Results.Ok(await grains.GetGrain<ITaxpayerGrain>(npwpd).DeclareSptpdAsync(body.Period, body.Turnover.Value, body.Tax.Value, by));
        }
        catch (ArgumentException ex)
        {
            return ApiProblems.From(ex);
        }
    }

    private static async Task<IResult> ActAsync(string npwpd, CaseRequest? body, ClaimsPrincipal user, IGrainFactory grains)
    {
        if (body is null || !QueryParameters.TryName<CaseAction>(body.Action, out var action))
        {
            return ApiProblems.Field("action", QueryParameters.OneOf<CaseAction>());
        }

        try
        {
            var officer = user.FindFirstValue(ClaimTypes.NameIdentifier) ?? user.Identity?.Name ?? "?";
            return Results.Ok(await grains.GetGrain<ITaxpayerGrain>(npwpd).ActAsync(new CaseStep(action, officer, body.Note ?? "", body.OutletClosed)));
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

    private static async Task<IResult> LetterAsync(string npwpd, int index, IGrainFactory grains, CityClock clock)
    {
        if (await grains.GetGrain<ITaxpayerGrain>(npwpd).GetViewAsync() is not { } view || index < 0 || index >= view.Case.Letters.Length)
        {
            return Results.Problem(statusCode: 404, title: "No such letter.");
        }

        var letter = view.Case.Letters[index];
        return Results.File(TaxLetterPdf.Render(view.Profile, letter, clock), "application/pdf", letter.Number.Replace('/', '-') + ".pdf");
    }
}

public sealed record SptpdRequest(string? Period, decimal? Turnover, decimal? Tax);

public sealed record CaseRequest(string? Action, string? Note, bool OutletClosed = false);
