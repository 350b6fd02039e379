using AmbonCC.Platform.Ledger;
using System.Data.Common;
using AmbonCC.Silo.Database;

namespace AmbonCC.Silo.Ledger;

/// <summary>
/// Describes one append-only table to the group-commit writer: its columns, its natural key and how a row
/// becomes column values. A new ledger (tax transactions, camera events) is a new subclass, nothing more.
/// </summary>
/// <typeparam name="TRow">The row callers append.</typeparam>
/// <typeparam name="TKey">The natural key; equal keys are the same fact.</typeparam>
internal abstract class LedgerTable<TRow, TKey>
    where TKey : notnull
{
    /// <summary>Table name, as created by deploy/sql.</summary>
    public abstract string TableName { get; }

    /// <summary>Every column the writer inserts, in the order <see cref="WriteValues"/> fills them.</summary>
    public abstract IReadOnlyList<string> Columns { get; }

    /// <summary>The natural key columns: the conflict target, and what RETURNING reports back.</summary>
    public abstract IReadOnlyList<string> KeyColumns { get; }

    /// <summary>The natural key of a row.</summary>
    public abstract TKey KeyOf(TRow row);

    /// <summary>Reads a key from a row whose first columns are <see cref="KeyColumns"/>, in order.</summary>
    public abstract TKey ReadKey(DbDataReader reader);

    /// <summary>
    /// Fills <paramref name="values"/> (length <see cref="Columns"/>.Count) with the database values of a row;
    /// <paramref name="receivedAt"/> is the time of the batch that writes it.
    /// </summary>
    public abstract void WriteValues(TRow row, DatabaseKind kind, DateTimeOffset receivedAt, Span<object?> values);

    /// <summary>
    /// The PostgreSQL type of each of <see cref="Columns"/>, in order: when given, batches go to PostgreSQL by binary
    /// COPY into a staging table (<see cref="LedgerCopyWriter{TRow, TKey}"/>) instead of a multi-row INSERT.
    /// </summary>
    public virtual IReadOnlyList<NpgsqlTypes.NpgsqlDbType>? CopyTypes => null;

    /// <summary>Rejects a row before it is queued (the caller's mistake, not the database's).</summary>
    public virtual void Validate(TRow row)
    {
    }
}
