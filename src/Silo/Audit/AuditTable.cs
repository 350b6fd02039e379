using System.Data.Common;
using AmbonCC.Audit;
using AmbonCC.Silo.Database;
using AmbonCC.Silo.Ledger;

namespace AmbonCC.Silo.Audit;

/// <summary>The <c>audit_log</c> table (migration 006): append-only, natural key the entry id.</summary>
internal sealed class AuditTable : LedgerTable<AuditEntry, string>
{
    private static readonly string[] AllColumns =
        ["entry_id", "at", "actor", "roles", "source", "entity", "action", "outcome", "before_text", "after_text", "detail", "received_at"];

    private static readonly string[] Key = ["entry_id"];

    public override string TableName => "audit_log";

    public override IReadOnlyList<string> Columns => AllColumns;

    public override IReadOnlyList<string> KeyColumns => Key;

    public override string KeyOf(AuditEntry row) => row.Id;

    public override string ReadKey(DbDataReader reader) => reader.GetString(0);

    public override void WriteValues(AuditEntry row, DatabaseKind kind, DateTimeOffset receivedAt, Span<object?> values)
    {
        values[0] = row.Id;
        values[1] = DbValues.Time(kind, row.At);
        values[2] = row.Actor;
        values[3] = row.Roles;
        values[4] = row.Source;
        values[5] = row.Entity;
        values[6] = row.Action;
        values[7] = row.Outcome;
        values[8] = row.Before;
        values[9] = row.After;
        values[10] = row.Detail;
        values[11] = DbValues.Time(kind, receivedAt);
    }

    public override void Validate(AuditEntry row)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(row.Id);
        if (row.Id.Length > 32)
        {
            throw new ArgumentException("Audit entry ids are at most 32 characters.", nameof(row));
        }
    }
}
