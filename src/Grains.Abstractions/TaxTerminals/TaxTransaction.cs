using System.Collections.Immutable;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Serialization;

namespace AmbonCC.TaxTerminals;

/// <summary>What a receipt records. Voids and refunds carry positive amounts and lower the turnover.</summary>
public enum TransactionKind
{
    Sale,
    Void,
    Refund,
}

/// <summary>
/// One receipt as an M-Post terminal reports it. (terminal serial, <see cref="ReceiptNo"/>) is its natural key.
/// Amounts are rupiah as decimals (at most two places), never floating point.
/// </summary>
[GenerateSerializer, Immutable, Alias("ambon.taxterminals.TaxTransaction")]
public sealed record TaxTransaction(
    [property: Id(0)] long ReceiptNo,
    [property: Id(1)] DateTimeOffset IssuedAt,
    [property: Id(2)] decimal Subtotal,
    [property: Id(3)] decimal Tax,
    [property: Id(4)] decimal ServiceCharge,
    [property: Id(5)] decimal Total,
    [property: Id(6)] TransactionKind Kind,
    [property: Id(7)] long? VoidsReceiptNo = null,
    [property: Id(8)] string? Payment = null)
{
    /// <summary>Sales add to the turnover, voids and refunds take away.</summary>
    public decimal SignedSubtotal => Kind == TransactionKind.Sale ? Subtotal : -Subtotal;

    public decimal SignedTax => Kind == TransactionKind.Sale ? Tax : -Tax;

    /// <summary>
    /// A fingerprint of the content: a resent receipt with the same fingerprint is a retry, one with another is a
    /// changed receipt (409, and a manipulation finding). The instant is compared in UTC so that offsets do not matter.
    /// </summary>
    public string ContentHash()
    {
        var text = string.Join('|',
            ReceiptNo.ToString(CultureInfo.InvariantCulture),
            IssuedAt.UtcTicks.ToString(CultureInfo.InvariantCulture),
            Money(Subtotal), Money(Tax), Money(ServiceCharge), Money(Total),
            Kind.ToString(), VoidsReceiptNo?.ToString(CultureInfo.InvariantCulture) ?? "", Payment ?? "");
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..32];
    }

    /// <summary>Hundredths of a rupiah, the exact integer the ledger stores.</summary>
    public static long ToSen(decimal rupiah) => decimal.ToInt64(decimal.Round(rupiah * 100m, 0, MidpointRounding.ToEven));

    public static decimal FromSen(long sen) => sen / 100m;

    private static string Money(decimal value) => ToSen(value).ToString(CultureInfo.InvariantCulture);
}

/// <summary>The durable outcome of one ingest call.</summary>
/// <param name="Accepted">Receipts stored by this call.</param>
/// <param name="Duplicates">Receipts already stored with the same content: acknowledged again, stored once.</param>
[GenerateSerializer, Immutable, Alias("ambon.taxterminals.TaxIngestResult")]
public sealed record TaxIngestResult(
    [property: Id(0)] int Accepted,
    [property: Id(1)] int Duplicates,
    [property: Id(2)] TerminalStatus Status,
    [property: Id(3), JsonIgnore] long[]? Inserted = null);

/// <summary>
/// A receipt number was sent again with other content. Nothing of the batch was stored; the change is recorded
/// as a manipulation finding. HTTP: 409.
/// </summary>
[GenerateSerializer, Alias("ambon.taxterminals.ReceiptConflictException")]
public sealed class ReceiptConflictException : Exception
{
    public ReceiptConflictException()
        : base("A receipt was sent again with other content.")
    {
    }

    public ReceiptConflictException(string serial, IReadOnlyList<long> receiptNos)
        : base($"Terminal {serial}: receipt(s) {string.Join(", ", receiptNos)} already stored with other content.")
    {
        Serial = serial;
        ReceiptNos = [.. receiptNos];
    }

    [Id(0)] public string Serial { get; init; } = "";

    [Id(1)] public long[] ReceiptNos { get; init; } = [];
}
