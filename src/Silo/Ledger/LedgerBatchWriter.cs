using AmbonCC.Platform.Ledger;
using System.Collections.Concurrent;
using System.Data.Common;
using System.Text;
using AmbonCC.Silo.Database;

namespace AmbonCC.Silo.Ledger;

/// <summary>
/// Writes one batch in one transaction: multi-row INSERT ... ON CONFLICT (key) DO NOTHING RETURNING key, so
/// the database itself says which rows were new. The same statement works on SQLite and PostgreSQL.
/// </summary>
internal sealed class LedgerBatchWriter<TRow, TKey>(LedgerTable<TRow, TKey> table, AmbonDatabase database) : ILedgerBatchWriter<TRow>
    where TKey : notnull
{
    // Both databases accept far more; this keeps one statement's parse and bind cost modest.
    private const int MaxParametersPerStatement = 6000;

    private static readonly bool Sortable =
        typeof(IComparable<TKey>).IsAssignableFrom(typeof(TKey)) || typeof(IComparable).IsAssignableFrom(typeof(TKey));

    private readonly ConcurrentDictionary<int, string> statements = new();

    public async Task WriteAsync(List<PendingAppend<TRow>> batch, DateTimeOffset receivedAt, CancellationToken cancellationToken)
    {
        var (candidates, rows) = Candidates(table, batch);
        var inserted = new HashSet<TKey>();
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        // SQLite finds a named parameter by a linear search of the statement's names, so binding a statement of
        // n parameters costs n² string compares (a 6,000-parameter INSERT spent most of the writer's CPU there).
        // In-process, one prepared single-row INSERT executed per row costs no round trip and no parse.
        var rowsPerStatement = database.Kind == DatabaseKind.Sqlite ? 1 : Math.Max(1, MaxParametersPerStatement / table.Columns.Count);
        DbCommand? command = null;
        try
        {
            for (var start = 0; start < rows.Count; start += rowsPerStatement)
            {
                var count = Math.Min(rowsPerStatement, rows.Count - start);
                if (command is null || command.Parameters.Count != count * table.Columns.Count)
                {
                    if (command is not null)
                    {
                        await command.DisposeAsync();
                    }

                    command = connection.CreateCommand();
                    command.Transaction = transaction;
                    command.CommandText = statements.GetOrAdd(count, BuildInsert);
                }

                Bind(command, rows, start, count, receivedAt);
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    inserted.Add(table.ReadKey(reader));
                }
            }
        }
        finally
        {
            if (command is not null)
            {
                await command.DisposeAsync();
            }
        }

        await transaction.CommitAsync(cancellationToken);
        MarkInserted(candidates, inserted);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    /// <summary>
    /// Marks every row a duplicate and returns the first row per key (later ones in the same batch are duplicates
    /// of it), sorted by key where keys sort.
    /// </summary>
    internal static (Dictionary<TKey, (PendingAppend<TRow> Owner, int Index)> Candidates, List<(PendingAppend<TRow> Owner, int Index)> Rows) Candidates(
        LedgerTable<TRow, TKey> table, List<PendingAppend<TRow>> batch)
    {
        var candidates = new Dictionary<TKey, (PendingAppend<TRow> Owner, int Index)>();
        foreach (var pending in batch)
        {
            for (var i = 0; i < pending.Rows.Length; i++)
            {
                pending.Outcomes[i] = AppendOutcome.Duplicate;
                candidates.TryAdd(table.KeyOf(pending.Rows[i]), (pending, i));
            }
        }

        var rows = candidates.Values.ToList();
        if (Sortable)
        {
            // Two batches in flight that share keys (a device retrying) take row locks in the same order, so
            // PostgreSQL makes one wait for the other instead of failing both with a deadlock.
            rows.Sort((a, b) => Comparer<TKey>.Default.Compare(table.KeyOf(a.Owner.Rows[a.Index]), table.KeyOf(b.Owner.Rows[b.Index])));
        }

        return (candidates, rows);
    }

    /// <summary>After the commit: the rows the database reported back are the inserted ones.</summary>
    internal static void MarkInserted(Dictionary<TKey, (PendingAppend<TRow> Owner, int Index)> candidates, HashSet<TKey> inserted)
    {
        foreach (var (key, (owner, index)) in candidates)
        {
            if (inserted.Contains(key))
            {
                owner.Outcomes[index] = AppendOutcome.Inserted;
            }
        }
    }

    /// <summary>Sets the statement's values (its parameters are created on the first use and reused after).</summary>
    private void Bind(DbCommand command, List<(PendingAppend<TRow> Owner, int Index)> rows, int start, int count, DateTimeOffset receivedAt)
    {
        var values = new object?[table.Columns.Count];
        var fresh = command.Parameters.Count == 0;
        var p = 0;
        for (var r = start; r < start + count; r++)
        {
            var (owner, index) = rows[r];
            table.WriteValues(owner.Rows[index], database.Kind, receivedAt, values);
            foreach (var value in values)
            {
                if (fresh)
                {
                    command.Add("@p" + p, value);
                }
                else
                {
                    command.Parameters[p].Value = value ?? DBNull.Value;
                }

                p++;
            }
        }
    }

    private string BuildInsert(int rowCount)
    {
        var sql = new StringBuilder();
        sql.Append("INSERT INTO ").Append(table.TableName).Append(" (").AppendJoin(", ", table.Columns).Append(") VALUES ");
        var p = 0;
        for (var r = 0; r < rowCount; r++)
        {
            sql.Append(r == 0 ? "(" : ", (");
            for (var c = 0; c < table.Columns.Count; c++)
            {
                sql.Append(c == 0 ? "@p" : ", @p").Append(p++);
            }

            sql.Append(')');
        }

        var key = string.Join(", ", table.KeyColumns);
        sql.Append(" ON CONFLICT (").Append(key).Append(") DO NOTHING RETURNING ").Append(key).Append(';');
        return sql.ToString();
    }
}
