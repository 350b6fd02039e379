using System.Collections.Immutable;
using AmbonCC.City;
using AmbonCC.TaxTerminals;

namespace AmbonCC.Reports;

/// <summary>The tax figures of a window, from the terminals' status and hourly figures and the taxpayers' cases.</summary>
internal static class TaxReportRules
{
    /// <summary>The acting mayor's rule: a device still red after 3 days is acted on.</summary>
    public static readonly TimeSpan RedLimit = TimeSpan.FromDays(3);

    /// <remarks>
    /// Terminals keep their current health only, so for a past window "red" means red now and already red before
    /// the window's end: a terminal that was red then and is green now is not counted (a lower bound).
    /// </remarks>
    public static TaxFigures Compute(
        ReportWindow window, CityClock clock, IEnumerable<(TerminalStatus Status, IReadOnlyList<HourFigures> Hours)> terminals,
        IEnumerable<TaxpayerView> taxpayers)
    {
        var fromLocal = clock.ToCityTime(window.From).DateTime;
        var toLocal = clock.ToCityTime(window.To).DateTime;
        int count = 0, red = 0, red3 = 0;
        decimal turnover = 0, tax = 0;
        foreach (var (status, hours) in terminals)
        {
            count++;
            if (IsRedAt(status, window.To))
            {
                red++;
                red3 += IsRedLong(status, window.To) ? 1 : 0;
            }

            foreach (var h in hours.Where(h => h.LocalHour >= fromLocal && h.LocalHour < toLocal))
            {
                turnover += h.Turnover;
                tax += h.Tax;
            }
        }

        int findings = 0, letters = 0;
        foreach (var t in taxpayers)
        {
            findings += t.Findings.Count(f => window.Contains(f.At));
            letters += t.Case.Letters.Count(l => window.Contains(l.IssuedAt));
        }

        return new TaxFigures(count, red, red3, turnover, tax, findings, letters);
    }

    /// <summary>Terminals red for 3 days or more: the revenue agency's decision (check the outlet, then act).</summary>
    public static ImmutableArray<DecisionItem> Decisions(IEnumerable<TerminalStatus> terminals, DateTimeOffset at, string revenueOpd) =>
    [
        .. terminals.Where(t => IsRedLong(t, at)).OrderBy(t => t.RedSince)
            .Select(t => new DecisionItem(DecisionKind.TerminalRedThreeDays, t.Serial, $"{t.Outlet} ({t.Npwpd})", revenueOpd, t.RedSince!.Value)),
    ];

    private static bool IsRedAt(TerminalStatus t, DateTimeOffset at) =>
        t.Health == TerminalHealth.Red && (t.RedSince is null || t.RedSince < at);

    private static bool IsRedLong(TerminalStatus t, DateTimeOffset at) =>
        t.Health == TerminalHealth.Red && t.RedSince is { } since && at - since >= RedLimit;
}
