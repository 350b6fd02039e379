using System.Data.Common;
using AmbonCC.Silo.Database;
using AmbonCC.Silo.Ledger;
using AmbonCC.TaxTerminals;
using NpgsqlTypes;

namespace AmbonCC.Silo.TaxTerminals;

/// <summary>The <c>tax_transactions</c> ledger table (deploy/sql/*/003_tax_transactions.sql).</summary>
internal sealed class TaxTransactionTable : LedgerTable<TaxTransactionRow, (string Serial, long ReceiptNo)>
{
    public const string Select =
        "serial, receipt_no, npwpd, issued_at, kind, subtotal_sen, tax_sen, service_sen, total_sen, voids_receipt_no, payment, content_hash, received_at";

    private static readonly string[] AllColumns = [.. Select.Split(", ")];
    private static readonly string[] Key = ["serial", "receipt_no"];

    private static readonly NpgsqlDbType[] Types =
    [
        NpgsqlDbType.Varchar, NpgsqlDbType.Bigint, NpgsqlDbType.Varchar, NpgsqlDbType.TimestampTz, NpgsqlDbType.Varchar, NpgsqlDbType.Bigint,
        NpgsqlDbType.Bigint, NpgsqlDbType.Bigint, NpgsqlDbType.Bigint, NpgsqlDbType.Bigint, NpgsqlDbType.Varchar, NpgsqlDbType.Char, NpgsqlDbType.TimestampTz,
    ];

    public override string TableName => "tax_transactions";

    public override IReadOnlyList<string> Columns => AllColumns;

    public override IReadOnlyList<string> KeyColumns => Key;

    // Receipts arrive by the hundred per call: on PostgreSQL they go by binary COPY.
    public override IReadOnlyList<NpgsqlDbType> CopyTypes => Types;

    public override (string Serial, long ReceiptNo) KeyOf(TaxTransactionRow row) => (row.Serial, row.Transaction.ReceiptNo);

    public override (string Serial, long ReceiptNo) ReadKey(DbDataReader reader) => (reader.GetString(0), reader.GetInt64(1));

    public override void WriteValues(TaxTransactionRow row, DatabaseKind kind, DateTimeOffset receivedAt, Span<object?> values)
    {
        var t = row.Transaction;
        values[0] = row.Serial;
        values[1] = t.ReceiptNo;
        values[2] = row.Npwpd;
        values[3] = DbValues.Time(kind, t.IssuedAt);
        values[4] = t.Kind.ToString().ToLowerInvariant();
        values[5] = TaxTransaction.ToSen(t.Subtotal);
        values[6] = TaxTransaction.ToSen(t.Tax);
        values[7] = TaxTransaction.ToSen(t.ServiceCharge);
        values[8] = TaxTransaction.ToSen(t.Total);
        values[9] = t.VoidsReceiptNo;
        values[10] = t.Payment;
        values[11] = row.ContentHash;
        values[12] = DbValues.Time(kind, receivedAt);
    }

    public override void Validate(TaxTransactionRow row)
    {
        // Field checks with names belong to the HTTP layer; this only keeps garbage out of the table.
        ArgumentException.ThrowIfNullOrWhiteSpace(row.Serial);
        ArgumentException.ThrowIfNullOrWhiteSpace(row.Npwpd);
        ArgumentOutOfRangeException.ThrowIfLessThan(row.Transaction.ReceiptNo, 1L);
    }

    /// <summary>Reads a row selected with <see cref="Select"/>.</summary>
    public static StoredTaxTransaction Read(DbDataReader r, DatabaseKind kind)
    {
        var t = new TaxTransaction(r.GetInt64(1), r.ReadTime(3, kind), TaxTransaction.FromSen(r.GetInt64(5)), TaxTransaction.FromSen(r.GetInt64(6)),
            TaxTransaction.FromSen(r.GetInt64(7)), TaxTransaction.FromSen(r.GetInt64(8)), Enum.Parse<TransactionKind>(r.GetString(4), ignoreCase: true),
            r.IsDBNull(9) ? null : r.GetInt64(9), r.ReadStringOrNull(10));
        return new StoredTaxTransaction(new TaxTransactionRow(r.GetString(0), r.GetString(2), t, r.GetString(11).Trim()), r.ReadTime(12, kind));
    }
}
