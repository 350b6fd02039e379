using AmbonCC.Platform.Ledger;

namespace AmbonCC.TaxTerminals;

/// <summary>One receipt in the <c>tax_transactions</c> ledger; (Serial, ReceiptNo) is its natural key.</summary>
internal sealed record TaxTransactionRow(string Serial, string Npwpd, TaxTransaction Transaction, string ContentHash)
{
    public static TaxTransactionRow From(string serial, string npwpd, TaxTransaction t) => new(serial, npwpd, t, t.ContentHash());
}

/// <summary>A stored receipt with the time the ledger committed it.</summary>
internal sealed record StoredTaxTransaction(TaxTransactionRow Row, DateTimeOffset ReceivedAt);

/// <summary>The append-only receipt ledger: appends through the group-commit writer, reads straight from SQL.</summary>
internal interface ITaxTransactionLedger : ILedger<TaxTransactionRow>
{
    /// <summary>The stored content hash of each of <paramref name="receiptNos"/> that is stored (others are absent).</summary>
    Task<IReadOnlyDictionary<long, string>> ReadHashesAsync(string serial, IReadOnlyCollection<long> receiptNos, CancellationToken cancellationToken = default);

    /// <summary>Receipts of a terminal with a number above <paramref name="afterReceiptNo"/>, lowest first (replay after a crash).</summary>
    Task<IReadOnlyList<StoredTaxTransaction>> ReadAfterAsync(string serial, long afterReceiptNo, int limit, CancellationToken cancellationToken = default);

    /// <summary>The newest receipts of a terminal, newest first.</summary>
    Task<IReadOnlyList<StoredTaxTransaction>> ReadRecentAsync(string serial, int limit, CancellationToken cancellationToken = default);

    /// <summary>Net turnover (sales − voids − refunds) and tax of a taxpayer's receipts issued in [from, to).</summary>
    Task<(decimal Turnover, decimal Tax, long Receipts)> SumAsync(string npwpd, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default);

    /// <summary>How many receipts of a terminal are stored.</summary>
    Task<long> CountAsync(string serial, CancellationToken cancellationToken = default);
}
