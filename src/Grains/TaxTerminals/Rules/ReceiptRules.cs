using System.Globalization;
using AmbonCC.City;

namespace AmbonCC.TaxTerminals;

/// <summary>Rules over the receipts of one batch: number gaps and resets, and tax that is not the PBJT rate.</summary>
public static class ReceiptRules
{
    /// <summary>Receipt numbers this far below the last one are a reset (a new roll, or a wiped device), not a backfill.</summary>
    public const long ResetDrop = 1000;

    /// <summary>PBJT due on a receipt: rate × base, the base with or without service charge as the Perda says.</summary>
    public static decimal ExpectedTax(TaxTransaction t, TaxRuleOptions options) =>
        (t.Subtotal + (options.ServiceChargeIsTaxed ? t.ServiceCharge : 0m)) * options.PbjtRate;

    public static bool TaxIsOff(TaxTransaction t, TaxRuleOptions options) =>
        Math.Abs(t.Tax - ExpectedTax(t, options)) > options.TaxRoundingRupiah;

    /// <summary>
    /// Gaps and resets among <paramref name="fresh"/> (receipts stored by this call) after <paramref name="lastReceiptNo"/>.
    /// A number below the last but near it is a late receipt (a backfill), not a finding.
    /// </summary>
    public static List<TaxFinding> Sequence(string serial, long? lastReceiptNo, IEnumerable<TaxTransaction> fresh, DateTimeOffset now, TaxRuleOptions options, CityClock clock)
    {
        var findings = new List<TaxFinding>();
        var previous = lastReceiptNo;
        foreach (var t in fresh.OrderBy(t => t.IssuedAt).ThenBy(t => t.ReceiptNo))
        {
            if (previous is { } p && t.ReceiptNo < p - ResetDrop)
            {
                findings.Add(Finding($"reset:{serial}:{p}:{t.ReceiptNo}", FindingKind.ReceiptReset, serial, now, 4,
                    $"Nomor struk kembali dari {p} ke {t.ReceiptNo} ({Local(t.IssuedAt, clock)})",
                    ("from", p), ("to", t.ReceiptNo), ("at", t.IssuedAt.ToString("O"))));
            }
            else if (previous is { } q && t.ReceiptNo - q - 1 >= options.MinReceiptGap)
            {
                var missing = t.ReceiptNo - q - 1;
                findings.Add(Finding($"gap:{serial}:{q}:{t.ReceiptNo}", FindingKind.ReceiptGap, serial, now, Math.Min(5, 1 + missing / 20.0),
                    $"Nomor struk melompat dari {q} ke {t.ReceiptNo}: {missing} struk hilang ({Local(t.IssuedAt, clock)})",
                    ("from", q), ("to", t.ReceiptNo), ("missing", missing), ("at", t.IssuedAt.ToString("O"))));
            }

            if (previous is null || t.ReceiptNo > previous || t.ReceiptNo < previous - ResetDrop)
            {
                previous = t.ReceiptNo;
            }
        }

        return findings;
    }

    /// <summary>One finding per terminal and local day listing the receipts whose tax is off the rate.</summary>
    public static TaxFinding? TaxRate(string serial, IEnumerable<TaxTransaction> fresh, DateTimeOffset now, TaxRuleOptions options, CityClock clock)
    {
        var off = fresh.Where(t => t.Kind == TransactionKind.Sale && TaxIsOff(t, options)).ToList();
        if (off.Count == 0)
        {
            return null;
        }

        var shortfall = off.Sum(t => ExpectedTax(t, options) - t.Tax);
        var day = clock.DayOf(off[0].IssuedAt);
        return Finding($"rate:{serial}:{day:yyyy-MM-dd}:{off[0].ReceiptNo}", FindingKind.TaxRateMismatch, serial, now, 2 + Math.Min(3, off.Count / 10.0),
            $"{off.Count} struk dengan pajak bukan {options.PbjtRate:P0} (selisih Rp {shortfall.ToString("N0", CultureInfo.InvariantCulture)})",
            ("receipts", string.Join(",", off.Take(50).Select(t => t.ReceiptNo))), ("shortfall", decimal.Round(shortfall, 0)));
    }

    internal static TaxFinding Finding(string id, FindingKind kind, string serial, DateTimeOffset at, double weight, string summary, params (string Key, object Value)[] evidence) =>
        new(id, kind, serial, at, weight, summary,
            evidence.ToDictionary(e => e.Key, e => Convert.ToString(e.Value, CultureInfo.InvariantCulture) ?? ""));

    internal static string Local(DateTimeOffset at, CityClock clock) => clock.ToCityTime(at).ToString("ddd dd/MM HH:mm", CultureInfo.InvariantCulture) + " " + clock.Label;
}
