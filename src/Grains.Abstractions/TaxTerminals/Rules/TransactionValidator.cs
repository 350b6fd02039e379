using System.Globalization;
using System.Text.RegularExpressions;

namespace AmbonCC.TaxTerminals;

/// <summary>
/// Ingest validation of receipts, keyed by JSON path (<c>[3].total</c>, <c>$</c> for the batch). Any error rejects
/// the whole call. A tax that is not the PBJT rate of its base is not refused here: the receipt is what the outlet
/// charged, so it is stored and becomes a finding (<see cref="PbjtCheck"/>); refusing it would hide the evidence.
/// </summary>
public static partial class TransactionValidator
{
    public const int MaxPaymentLength = 32;

    /// <summary>On success <paramref name="transactions"/> holds the typed receipts in input order; else empty.</summary>
    public static Dictionary<string, string[]> ValidateBatch(
        IReadOnlyList<TaxTransactionInput?> inputs, DateTimeOffset now, TaxRuleOptions options, out IReadOnlyList<TaxTransaction> transactions)
    {
        var errors = new Dictionary<string, string[]>();
        var parsed = new List<TaxTransaction>(inputs.Count);
        transactions = [];
        if (inputs.Count == 0)
        {
            errors["$"] = ["Send at least one receipt."];
            return errors;
        }

        var byReceipt = new Dictionary<long, TaxTransaction>();
        for (var i = 0; i < inputs.Count; i++)
        {
            var path = $"[{i}].";
            if (Parse(inputs[i], path, now, options, errors) is not { } t)
            {
                continue;
            }

            if (byReceipt.TryGetValue(t.ReceiptNo, out var earlier) && earlier.ContentHash() != t.ContentHash())
            {
                Add(errors, path + "receiptNo", $"Receipt {t.ReceiptNo} appears twice in this batch with different content.");
            }

            byReceipt.TryAdd(t.ReceiptNo, t);
            parsed.Add(t);
        }

        if (errors.Count == 0)
        {
            transactions = parsed;
        }

        return errors;
    }

    public static Dictionary<string, string[]> ValidateBatch(IReadOnlyList<TaxTransaction> transactions, DateTimeOffset now, TaxRuleOptions options) =>
        ValidateBatch([.. transactions.Select(TaxTransactionInput.From)], now, options, out _);

    private static TaxTransaction? Parse(TaxTransactionInput? input, string path, DateTimeOffset now, TaxRuleOptions options, Dictionary<string, string[]> errors)
    {
        if (input is null)
        {
            Add(errors, path.TrimEnd('.'), "A receipt object is required.");
            return null;
        }

        var before = errors.Count;
        if (input.ReceiptNo is not { } receiptNo)
        {
            Add(errors, path + "receiptNo", "Required.");
        }
        else if (receiptNo is < 1 or > 999_999_999_999)
        {
            Add(errors, path + "receiptNo", "A positive number of at most 12 digits.");
        }

        var issuedAt = ParseTime(input.IssuedAt, path + "issuedAt", now, options, errors);
        var subtotal = Amount(input.Subtotal, path + "subtotal", required: true, options, errors);
        var tax = Amount(input.Tax, path + "tax", required: true, options, errors);
        var service = Amount(input.ServiceCharge, path + "serviceCharge", required: false, options, errors);
        var total = Amount(input.Total, path + "total", required: true, options, errors);
        var kind = ParseKind(input.Kind, path + "kind", errors);

        if (subtotal is { } s && tax is { } tx && total is { } tot && s + tx + (service ?? 0m) != tot)
        {
            Add(errors, path + "total", $"Total {tot} is not subtotal + tax + serviceCharge ({s + tx + (service ?? 0m)}).");
        }

        if (subtotal is { } s2 && tax is { } t2 && t2 > s2 && s2 > 0)
        {
            Add(errors, path + "tax", "Tax larger than the subtotal.");
        }

        if (kind == TransactionKind.Sale && input.VoidsReceiptNo is not null)
        {
            Add(errors, path + "voidsReceiptNo", "Only a void or refund names the receipt it cancels.");
        }
        else if (kind == TransactionKind.Void && input.VoidsReceiptNo is null)
        {
            Add(errors, path + "voidsReceiptNo", "A void names the receipt it cancels.");
        }
        else if (input.VoidsReceiptNo is { } voids && (voids < 1 || voids == input.ReceiptNo))
        {
            Add(errors, path + "voidsReceiptNo", "Another receipt's number.");
        }

        if (input.Payment is { } payment && (payment.Length > MaxPaymentLength || !PaymentPattern().IsMatch(payment)))
        {
            Add(errors, path + "payment", $"Up to {MaxPaymentLength} letters, digits, '-' or '_' (e.g. cash, qris, debit).");
        }

        return errors.Count > before ? null
            : new TaxTransaction(input.ReceiptNo!.Value, issuedAt!.Value, subtotal!.Value, tax!.Value, service ?? 0m, total!.Value,
                kind!.Value, input.VoidsReceiptNo, input.Payment);
    }

    private static DateTimeOffset? ParseTime(string? text, string field, DateTimeOffset now, TaxRuleOptions options, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            Add(errors, field, "Required (ISO-8601 with offset, e.g. 2026-12-01T12:05:00+09:00).");
            return null;
        }

        if (text.Length > 40 || !OffsetPattern().IsMatch(text)
            || !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at))
        {
            Add(errors, field, "ISO-8601 with an offset (Z or +09:00), e.g. 2026-12-01T12:05:00+09:00.");
            return null;
        }

        if (at > now + options.MaxFutureSkew)
        {
            Add(errors, field, $"More than {options.MaxFutureSkew.TotalMinutes:0} minutes in the future.");
            return null;
        }

        if (at < now - options.MaxAge)
        {
            Add(errors, field, $"Older than {options.MaxAge.TotalDays:0} days.");
            return null;
        }

        return at;
    }

    private static decimal? Amount(decimal? value, string field, bool required, TaxRuleOptions options, Dictionary<string, string[]> errors)
    {
        if (value is not { } v)
        {
            if (required)
            {
                Add(errors, field, "Required (rupiah, e.g. 45000 or 45000.50).");
            }

            return null;
        }

        if (v < 0 || v > options.MaxReceiptRupiah)
        {
            Add(errors, field, $"Between 0 and {options.MaxReceiptRupiah.ToString("N0", CultureInfo.InvariantCulture)} rupiah.");
            return null;
        }

        if (decimal.Round(v, 2) != v)
        {
            Add(errors, field, "At most two decimal places.");
            return null;
        }

        return v;
    }

    private static TransactionKind? ParseKind(string? text, string field, Dictionary<string, string[]> errors)
    {
        switch (text)
        {
            case "sale": return TransactionKind.Sale;
            case "void": return TransactionKind.Void;
            case "refund": return TransactionKind.Refund;
            case null or "":
                Add(errors, field, "Required: sale, void or refund.");
                return null;
            default:
                Add(errors, field, "One of sale, void, refund.");
                return null;
        }
    }

    private static void Add(Dictionary<string, string[]> errors, string field, string message) =>
        errors[field] = errors.TryGetValue(field, out var existing) ? [.. existing, message] : [message];

    [GeneratedRegex(@"(Z|[+-]\d{2}:\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex OffsetPattern();

    [GeneratedRegex(@"^[A-Za-z0-9_-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex PaymentPattern();
}
