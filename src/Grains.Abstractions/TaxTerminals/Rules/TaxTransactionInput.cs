namespace AmbonCC.TaxTerminals;

/// <summary>
/// A receipt as parsed from JSON, every field nullable so that a missing one is reported by name. IssuedAt stays
/// text so that a time without an offset can be refused instead of being read as server-local time.
/// </summary>
public sealed record TaxTransactionInput(
    long? ReceiptNo,
    string? IssuedAt,
    decimal? Subtotal,
    decimal? Tax,
    decimal? ServiceCharge,
    decimal? Total,
    string? Kind,
    long? VoidsReceiptNo,
    string? Payment)
{
    public static TaxTransactionInput From(TaxTransaction t) => new(
        t.ReceiptNo, t.IssuedAt.ToString("O"), t.Subtotal, t.Tax, t.ServiceCharge, t.Total,
        t.Kind.ToString().ToLowerInvariant(), t.VoidsReceiptNo, t.Payment);
}
