using System.Globalization;
using AmbonCC.Platform.Ledger;
using AmbonCC.Silo.Database;
using AmbonCC.Silo.Ledger;
using AmbonCC.TaxTerminals;

namespace AmbonCC.Silo.TaxTerminals;

/// <summary>Implements <see cref="ITaxTransactionLedger"/> over a <see cref="LedgerWriter{TRow, TKey}"/>.</summary>
internal sealed class TaxTransactionLedger(LedgerWriter<TaxTransactionRow, (string Serial, long ReceiptNo)> writer, AmbonDatabase database)
    : ITaxTransactionLedger
{
    public LedgerWriterStatistics Statistics => writer.Statistics;

    public Task<AppendResult> AppendAsync(IReadOnlyList<TaxTransactionRow> rows, CancellationToken cancellationToken = default) =>
        writer.AppendAsync(rows, cancellationToken);

    public async Task<IReadOnlyDictionary<long, string>> ReadHashesAsync(string serial, IReadOnlyCollection<long> receiptNos, CancellationToken cancellationToken = default)
    {
        var result = new Dictionary<long, string>();
        if (receiptNos.Count == 0)
        {
            return result;
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        // Receipt numbers are integers checked by the caller's type, so they are bound one parameter each.
        var names = receiptNos.Select((_, i) => "@r" + i.ToString(CultureInfo.InvariantCulture)).ToList();
        command.CommandText = $"SELECT receipt_no, content_hash FROM tax_transactions WHERE serial = @serial AND receipt_no IN ({string.Join(", ", names)});";
        command.Add("@serial", serial);
        var n = 0;
        foreach (var receiptNo in receiptNos)
        {
            command.Add(names[n++], receiptNo);
        }

        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            result[reader.GetInt64(0)] = reader.GetString(1).Trim();
        }

        return result;
    }

    public Task<IReadOnlyList<StoredTaxTransaction>> ReadAfterAsync(string serial, long afterReceiptNo, int limit, CancellationToken cancellationToken = default) =>
        QueryAsync($"SELECT {TaxTransactionTable.Select} FROM tax_transactions WHERE serial = @serial AND receipt_no > @after ORDER BY receipt_no LIMIT @limit;",
            serial, afterReceiptNo, limit, cancellationToken);

    public Task<IReadOnlyList<StoredTaxTransaction>> ReadRecentAsync(string serial, int limit, CancellationToken cancellationToken = default) =>
        QueryAsync($"SELECT {TaxTransactionTable.Select} FROM tax_transactions WHERE serial = @serial AND receipt_no > @after ORDER BY receipt_no DESC LIMIT @limit;",
            serial, 0, limit, cancellationToken);

    public async Task<(decimal Turnover, decimal Tax, long Receipts)> SumAsync(string npwpd, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT COALESCE(SUM(CASE WHEN kind = 'sale' THEN subtotal_sen ELSE -subtotal_sen END), 0),
                   COALESCE(SUM(CASE WHEN kind = 'sale' THEN tax_sen ELSE -tax_sen END), 0),
                   COUNT(*)
            FROM tax_transactions WHERE npwpd = @npwpd AND issued_at >= @from AND issued_at < @to;
            """;
        command.Add("@npwpd", npwpd);
        command.Add("@from", DbValues.Time(database.Kind, from));
        command.Add("@to", DbValues.Time(database.Kind, to));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return (TaxTransaction.FromSen(Convert.ToInt64(reader.GetValue(0), CultureInfo.InvariantCulture)),
            TaxTransaction.FromSen(Convert.ToInt64(reader.GetValue(1), CultureInfo.InvariantCulture)),
            Convert.ToInt64(reader.GetValue(2), CultureInfo.InvariantCulture));
    }

    public async Task<long> CountAsync(string serial, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM tax_transactions WHERE serial = @serial;";
        command.Add("@serial", serial);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    private async Task<IReadOnlyList<StoredTaxTransaction>> QueryAsync(string sql, string serial, long after, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Add("@serial", serial);
        command.Add("@after", after);
        command.Add("@limit", (long)limit);
        var result = new List<StoredTaxTransaction>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            result.Add(TaxTransactionTable.Read(reader, database.Kind));
        }

        return result;
    }
}
