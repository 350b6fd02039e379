using System.Globalization;
using System.Text;
using AmbonCC.Audit;
using AmbonCC.Web.Api;
using AmbonCC.Web.Security;

namespace AmbonCC.Web.Audit;

/// <summary>The audit log for Admins: search (JSON) and export (CSV).</summary>
public static class AuditEndpoints
{
    public static RouteGroupBuilder MapAuditApi(this RouteGroupBuilder api)
    {
        api.MapGet("/audit", async (IGrainFactory grains, string? actor, string? entity, string? action,
                DateTimeOffset? from, DateTimeOffset? to, int? limit, string? format) =>
            {
                if (Validate(actor, entity, action, from, to, limit, format) is { } problem)
                {
                    return problem;
                }

                var entries = await AuditLog.Get(grains).SearchAsync(new AuditQuery(actor, entity, action, from, to, limit ?? 200));
                return format == "csv"
                    ? Results.File(Encoding.UTF8.GetBytes(AuditCsv.Write(entries)), "text/csv; charset=utf-8", "audit.csv")
                    : Results.Ok(entries);
            })
            .RequireAuthorization(AccessPolicies.ReadAudit)
            .WithSummary("The audit log, newest first: filter by actor, entity, action (parts of the text) and time [from, to); format=csv exports.");
        return api;
    }

    private static IResult? Validate(string? actor, string? entity, string? action, DateTimeOffset? from, DateTimeOffset? to, int? limit, string? format)
    {
        foreach (var (name, value) in new[] { ("actor", actor), ("entity", entity), ("action", action) })
        {
            if (value is { Length: > 200 })
            {
                return ApiProblems.Field(name, "At most 200 characters.");
            }
        }

        if (limit is not null and (< 1 or > AuditQuery.MaxLimit))
        {
            return ApiProblems.Field("limit", $"Between 1 and {AuditQuery.MaxLimit}.");
        }

        if (from is { } f && to is { } t && t < f)
        {
            return ApiProblems.Field("to", "Not before from.");
        }

        return format is null or "json" or "csv" ? null : ApiProblems.Field("format", "json or csv.");
    }
}

/// <summary>RFC 4180 CSV of audit entries; a cell that a spreadsheet would run as a formula is quoted with a leading apostrophe.</summary>
public static class AuditCsv
{
    public static string Write(IEnumerable<AuditEntry> entries)
    {
        var csv = new StringBuilder("at,actor,roles,source,entity,action,outcome,before,after,detail\r\n");
        foreach (var e in entries)
        {
            string[] cells = [e.At.ToString("O", CultureInfo.InvariantCulture), e.Actor, e.Roles, e.Source, e.Entity, e.Action, e.Outcome, e.Before ?? "", e.After ?? "", e.Detail ?? ""];
            csv.AppendJoin(',', cells.Select(Cell)).Append("\r\n");
        }

        return csv.ToString();
    }

    private static string Cell(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@')
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }
}
