using System.Diagnostics.CodeAnalysis;
using AmbonCC.TaxTerminals;
using AmbonCC.Web.Api;
using static AmbonCC.Web.Api.QueryParameters;

namespace AmbonCC.Web.TaxTerminals;

/// <summary>Filters and page of the anomaly queue.</summary>
public sealed record AnomalyQuery(CaseStage? Stage, bool? Overdue, string? Kelurahan, int Limit, int Offset);

/// <summary>Filters and (optional) page of the terminal list; <see cref="Paged"/> when limit or offset was given.</summary>
public sealed record TerminalQuery(TerminalHealth? Status, string? Kelurahan, string? Npwpd, int Limit, int Offset, bool Paged);

/// <summary>A page of a filtered list: how many rows matched in all, and the rows of this page.</summary>
public sealed record Page<T>(int Total, IReadOnlyList<T> Items);

/// <summary>
/// The query parameters of the tax lists: parsed and bounded here (an absent or empty value is no filter, anything
/// else must be valid), and applied to the register's rows, so that the rules are tested without a server.
/// </summary>
public static class TaxListQuery
{
    public const int MaxAnomalyLimit = 500;
    public const int DefaultAnomalyLimit = 100;
    public const int MaxTerminalLimit = 1000;
    public const int DefaultTerminalLimit = 100;
    public const int MaxOffset = 100_000;

    public static bool TryAnomalies(string? stage, string? overdue, string? kelurahan, string? limit, string? offset,
        [NotNullWhen(true)] out AnomalyQuery? query, [NotNullWhen(false)] out QueryError? error)
    {
        query = null;
        if (!TryEnum<CaseStage>(stage, "stage", out var parsedStage, out error)
            || !TryBool(overdue, "overdue", out var parsedOverdue, out error)
            || !TryCode(kelurahan, "kelurahan", out var parsedKelurahan, out error)
            || !TryInt(limit, "limit", 1, MaxAnomalyLimit, out var parsedLimit, out error)
            || !TryInt(offset, "offset", 0, MaxOffset, out var parsedOffset, out error))
        {
            return false;
        }

        query = new AnomalyQuery(parsedStage, parsedOverdue, parsedKelurahan, parsedLimit ?? DefaultAnomalyLimit, parsedOffset ?? 0);
        return true;
    }

    public static bool TryTerminals(string? status, string? kelurahan, string? npwpd, string? limit, string? offset,
        [NotNullWhen(true)] out TerminalQuery? query, [NotNullWhen(false)] out QueryError? error)
    {
        query = null;
        if (!TryEnum<TerminalHealth>(status, "status", out var parsedStatus, out error)
            || !TryCode(kelurahan, "kelurahan", out var parsedKelurahan, out error)
            || !TryCode(npwpd, "npwpd", out var parsedNpwpd, out error)
            || !TryInt(limit, "limit", 1, MaxTerminalLimit, out var parsedLimit, out error)
            || !TryInt(offset, "offset", 0, MaxOffset, out var parsedOffset, out error))
        {
            return false;
        }

        var paged = parsedLimit is not null || parsedOffset is not null;
        query = new TerminalQuery(parsedStatus, parsedKelurahan, parsedNpwpd, parsedLimit ?? DefaultTerminalLimit, parsedOffset ?? 0, paged);
        return true;
    }

    /// <summary>
    /// The queue by score, and among equal scores the overdue cases first (their deadline has passed, so they are
    /// the officer's next step), then by NPWPD so that pages are stable.
    /// </summary>
    public static Page<TaxpayerChanged> Apply(IEnumerable<TaxpayerChanged> queue, AnomalyQuery query)
    {
        ArgumentNullException.ThrowIfNull(queue);
        ArgumentNullException.ThrowIfNull(query);
        var matching = queue
            .Where(r => query.Stage is not { } stage || r.Stage == stage)
            .Where(r => query.Overdue is not { } overdue || r.Overdue == overdue)
            .Where(r => query.Kelurahan is null || string.Equals(r.KelurahanCode, query.Kelurahan, StringComparison.OrdinalIgnoreCase))
            .OrderByDescending(r => r.Score)
            .ThenByDescending(r => r.Overdue)
            .ThenBy(r => r.Npwpd, StringComparer.Ordinal)
            .ToList();
        return new Page<TaxpayerChanged>(matching.Count, [.. matching.Skip(query.Offset).Take(query.Limit)]);
    }

    /// <summary>The terminals in the register's order (red first, then by outlet); unpaged, every matching row.</summary>
    public static Page<TerminalStatus> Apply(IEnumerable<TerminalStatus> terminals, TerminalQuery query)
    {
        ArgumentNullException.ThrowIfNull(terminals);
        ArgumentNullException.ThrowIfNull(query);
        var matching = terminals
            .Where(t => query.Status is not { } status || t.Health == status)
            .Where(t => query.Kelurahan is null || string.Equals(t.KelurahanCode, query.Kelurahan, StringComparison.OrdinalIgnoreCase))
            .Where(t => query.Npwpd is null || string.Equals(t.Npwpd, query.Npwpd, StringComparison.OrdinalIgnoreCase))
            .ToList();
        return query.Paged ? new Page<TerminalStatus>(matching.Count, [.. matching.Skip(query.Offset).Take(query.Limit)]) : new Page<TerminalStatus>(matching.Count, matching);
    }
}
