using System.Globalization;

namespace AmbonCC.TaxTerminals;

/// <summary>Turnover rules over the compact hourly figures: voids, own baseline, peers, and the SPTPD.</summary>
public static class TurnoverRules
{
    /// <summary>Voids and refunds against sales over one local day.</summary>
    public static TaxFinding? HeavyVoids(string serial, DateOnly day, IEnumerable<HourFigures> hours, DateTimeOffset now, TaxRuleOptions options)
    {
        var list = hours.Where(h => DateOnly.FromDateTime(h.LocalHour) == day).ToList();
        var voided = list.Sum(h => h.Voided);
        var sales = list.Sum(h => h.Turnover) + voided;
        var receipts = list.Sum(h => h.Receipts);
        if (receipts < options.MinSalesForVoidRule || sales <= 0 || voided / sales <= options.HeavyVoidShare)
        {
            return null;
        }

        var share = voided / sales;
        return ReceiptRules.Finding($"voids:{serial}:{day:yyyy-MM-dd}", FindingKind.HeavyVoids, serial, now, 2 + (double)share * 10,
            $"Void/refund {share:P0} dari penjualan {day:dd/MM} (Rp {Rp(voided)} dari Rp {Rp(sales)})",
            ("day", day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), ("voided", voided), ("sales", sales));
    }

    /// <summary>
    /// What the outlet usually records on this weekday between <paramref name="fromHour"/> and <paramref name="toHour"/>
    /// (local, exclusive end): the mean over the last <see cref="TaxRuleOptions.BaselineWeeks"/> same weekdays that
    /// recorded anything (a closed holiday does not drag the baseline down). Null without history.
    /// </summary>
    public static decimal? Baseline(IReadOnlyDictionary<DateTime, HourFigures> history, DateOnly day, int fromHour, int toHour, TaxRuleOptions options)
    {
        var sums = new List<decimal>();
        for (var week = 1; week <= options.BaselineWeeks; week++)
        {
            var earlier = day.AddDays(-7 * week).ToDateTime(TimeOnly.MinValue);
            decimal sum = 0;
            var any = false;
            for (var h = fromHour; h < toHour; h++)
            {
                if (history.TryGetValue(earlier.AddHours(h), out var f))
                {
                    sum += f.Turnover;
                    any |= f.Receipts > 0;
                }
            }

            if (any)
            {
                sums.Add(sum);
            }
        }

        return sums.Count == 0 ? null : sums.Average();
    }

    public static decimal Actual(IReadOnlyDictionary<DateTime, HourFigures> history, DateOnly day, int fromHour, int toHour)
    {
        var start = day.ToDateTime(TimeOnly.MinValue);
        decimal sum = 0;
        for (var h = fromHour; h < toHour; h++)
        {
            sum += history.TryGetValue(start.AddHours(h), out var f) ? f.Turnover : 0m;
        }

        return sum;
    }

    /// <summary>Own turnover against own baseline; null when the baseline is too small to judge or the ratio is fine.</summary>
    public static TaxFinding? BelowBaseline(string serial, DateOnly day, decimal actual, decimal? baseline, DateTimeOffset now, TaxRuleOptions options)
    {
        if (baseline is not { } b || b < options.MinBaselineRupiah || (double)(actual / b) >= options.BelowBaselineRatio)
        {
            return null;
        }

        var ratio = (double)(actual / b);
        return ReceiptRules.Finding($"baseline:{serial}:{day:yyyy-MM-dd}", FindingKind.BelowBaseline, serial, now, 1 + 4 * (1 - ratio),
            $"Omzet {day:ddd dd/MM} Rp {Rp(actual)} = {ratio:P0} dari biasanya (Rp {Rp(b)}, {options.BaselineWeeks} minggu hari yang sama)",
            ("day", day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), ("actual", actual), ("baseline", decimal.Round(b, 0)), ("ratio", Math.Round(ratio, 3)));
    }

    /// <summary>
    /// Own ratio (actual / baseline) against the median ratio of peers (same kecamatan and category) on the same
    /// day: a rainy day for the whole kecamatan is no finding; one outlet far below its neighbours is.
    /// </summary>
    public static TaxFinding? BelowPeers(string serial, DateOnly day, double ownRatio, IReadOnlyCollection<double> peerRatios, DateTimeOffset now, TaxRuleOptions options)
    {
        if (peerRatios.Count < 3)
        {
            return null;
        }

        var sorted = peerRatios.Order().ToList();
        var median = sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
        if (median <= 0 || ownRatio >= options.BelowPeersRatio * median)
        {
            return null;
        }

        return ReceiptRules.Finding($"peers:{serial}:{day:yyyy-MM-dd}", FindingKind.BelowPeers, serial, now, 1 + 3 * (1 - ownRatio / median),
            $"Omzet {ownRatio:P0} dari biasanya, sedangkan {sorted.Count} usaha sejenis di kecamatan {median:P0}",
            ("day", day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), ("ownRatio", Math.Round(ownRatio, 3)),
            ("peerMedian", Math.Round(median, 3)), ("peers", sorted.Count));
    }

    /// <summary>The monthly declaration against what the terminals recorded for the same month.</summary>
    public static TaxFinding? UnderDeclared(string npwpd, string period, decimal declaredTurnover, decimal declaredTax, decimal recordedTurnover, decimal recordedTax, DateTimeOffset now, TaxRuleOptions options)
    {
        if (recordedTurnover <= 0 || declaredTurnover >= recordedTurnover * (1 - options.SptpdTolerance))
        {
            return null;
        }

        var gapTax = Math.Max(0, recordedTax - declaredTax);
        return ReceiptRules.Finding($"sptpd:{npwpd}:{period}", FindingKind.UnderDeclared, npwpd, now, 3 + (double)Math.Min(5m, (recordedTurnover - declaredTurnover) / recordedTurnover * 10),
            $"SPTPD {period}: omzet dilaporkan Rp {Rp(declaredTurnover)}, tercatat Rp {Rp(recordedTurnover)} (kurang pajak Rp {Rp(gapTax)})",
            ("period", period), ("declared", declaredTurnover), ("recorded", recordedTurnover), ("taxGap", gapTax));
    }

    internal static string Rp(decimal value) => decimal.Round(value, 0).ToString("N0", CultureInfo.InvariantCulture);
}
