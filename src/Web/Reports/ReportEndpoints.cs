using System.Net.Mail;
using System.Security.Claims;
using AmbonCC.City;
using AmbonCC.Platform;
using AmbonCC.Reports;
using AmbonCC.Security;
using AmbonCC.Silo.Reports;
using AmbonCC.Web.Api;
using AmbonCC.Web.Security;

namespace AmbonCC.Web.Reports;

/// <summary>The daily report: archive, one report (an edition per OPD), its PDF, read receipts, on-demand generation, e-mail subscriptions.</summary>
public static class ReportEndpoints
{
    /// <summary>How far back a report may be generated on demand.</summary>
    public const int MaxDaysBack = 366;

    public static void MapReportsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/reports", async (IGrainFactory grains, int? limit) =>
                Results.Ok(await grains.GetGrain<IReportArchiveGrain>(CityKeys.City).ListAsync(Math.Clamp(limit ?? 60, 1, 1000))))
            .RequireAuthorization(AccessPolicies.ReadReports)
            .WithSummary("The archive of daily reports, newest first.");

        api.MapPost("/reports", GenerateAsync)
            .RequireAuthorization(AccessPolicies.GenerateReports)
            .ProducesValidationProblem()
            .WithSummary("Generates (or regenerates) the report of a date on demand: the window 07:00 the day before to 07:00 on that date.");

        api.MapGet("/reports/subscriptions", async (IGrainFactory grains) =>
                Results.Ok(await grains.GetGrain<IReportSubscriptionsGrain>(CityKeys.City).ListAsync()))
            .RequireAuthorization(AccessPolicies.ManageReportSubscriptions)
            .WithSummary("Who receives the report by e-mail, and which edition (personal data: Admin only).");

        api.MapPut("/reports/subscriptions/{userName}", SubscribeAsync)
            .RequireAuthorization(AccessPolicies.ManageReportSubscriptions)
            .WithSummary("Sets a user's e-mail subscription: the city edition (no opd) or an OPD's; no email removes it.");

        api.MapGet("/reports/{id}", async (string id, string? opd, ClaimsPrincipal user, IGrainFactory grains) =>
            {
                if (Check(id, opd, user) is { } problem)
                {
                    return problem;
                }

                var edition = await grains.GetGrain<IDailyReportGrain>(id).OpenAsync(ReportAccess.Reader(user), ReportAccess.EditionFor(user, opd).Opd);
                return edition is null ? NotFound(id) : Results.Ok(edition);
            })
            .RequireAuthorization(AccessPolicies.ReadReports)
            .WithSummary("One report; an OPD gets its own edition. Opening it records a read receipt.");

        api.MapGet("/reports/{id}/pdf", async (string id, string? opd, ClaimsPrincipal user, IGrainFactory grains, CityClock clock) =>
            {
                if (Check(id, opd, user) is { } problem)
                {
                    return problem;
                }

                var edition = await grains.GetGrain<IDailyReportGrain>(id).OpenAsync(ReportAccess.Reader(user), ReportAccess.EditionFor(user, opd).Opd);
                return edition is null ? NotFound(id)
                    : Results.File(ReportPdf.Render(edition, clock), "application/pdf", $"laporan-harian-{id}{(edition.OpdCode is { } c ? "-" + c : "")}.pdf");
            })
            .RequireAuthorization(AccessPolicies.ReadReports)
            .WithSummary("The report as PDF with charts; records a read receipt.");

        api.MapGet("/reports/{id}/receipts", async (string id, IGrainFactory grains) =>
            {
                if (!ReportSchedule.TryParseId(id, out _))
                {
                    return ApiProblems.Field("id", "A report id is a date, yyyy-MM-dd.");
                }

                var report = grains.GetGrain<IDailyReportGrain>(id);
                return Results.Ok(new ReportReceipts(await report.GetReceiptsAsync(), await report.GetDeliveriesAsync()));
            })
            .RequireAuthorization(AccessPolicies.ReadReportReceipts)
            .WithSummary("Who opened the report when, and how its e-mails went.");
    }

    private static async Task<IResult> GenerateAsync(GenerateBody? body, ClaimsPrincipal user, IGrainFactory grains, CityClock clock, TimeProvider time)
    {
        if (body?.Date is not { } text || !ReportSchedule.TryParseId(text, out var day))
        {
            return ApiProblems.Field("date", "Required: the report's date, yyyy-MM-dd.");
        }

        var latest = new ReportSchedule(clock).LatestDue(time.GetUtcNow());
        if (day > latest || day < latest.AddDays(-MaxDaysBack))
        {
            return ApiProblems.Field("date", $"A window that has ended: {ReportSchedule.IdOf(latest.AddDays(-MaxDaysBack))} to {ReportSchedule.IdOf(latest)}.");
        }

        return Results.Ok(await grains.GetGrain<IDailyReportGrain>(ReportSchedule.IdOf(day)).GenerateAsync(user.Identity?.Name ?? "?"));
    }

    private static async Task<IResult> SubscribeAsync(string userName, SubscriptionBody? body, IGrainFactory grains)
    {
        if (TextLimits.Problem(userName, TextLimits.Name) is { } tooLong)
        {
            return ApiProblems.Field("userName", tooLong);
        }

        if (body?.Email is { Length: > 0 } email && (email.Length > 254 || !MailAddress.TryCreate(email, out _)))
        {
            return ApiProblems.Field("email", "Not an e-mail address.");
        }

        if (body?.Opd is { } opd && (opd.Length > TextLimits.Code || !opd.All(char.IsAsciiLetterOrDigit)))
        {
            return ApiProblems.Field("opd", "An OPD code: letters and digits.");
        }

        if (await grains.GetGrain<IUserAccountGrain>(userName.ToLowerInvariant()).GetAsync() is null)
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: $"No user {userName}.");
        }

        return Results.Ok(await grains.GetGrain<IReportSubscriptionsGrain>(CityKeys.City).SetAsync(userName.ToLowerInvariant(), body?.Email, body?.Opd));
    }

    private static IResult? Check(string id, string? opd, ClaimsPrincipal user) =>
        !ReportSchedule.TryParseId(id, out _) ? ApiProblems.Field("id", "A report id is a date, yyyy-MM-dd.")
        : opd is not null && (opd.Length > TextLimits.Code || !opd.All(char.IsAsciiLetterOrDigit)) ? ApiProblems.Field("opd", "An OPD code: letters and digits.")
        : ReportAccess.EditionFor(user, opd).Refused ? Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Only your own OPD's edition.")
        : null;

    private static IResult NotFound(string id) => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: $"No report {id}.");

    public sealed record GenerateBody(string? Date);

    public sealed record SubscriptionBody(string? Email, string? Opd);

    public sealed record ReportReceipts(IReadOnlyList<ReadReceipt> Receipts, IReadOnlyList<MailDelivery> Deliveries);
}
