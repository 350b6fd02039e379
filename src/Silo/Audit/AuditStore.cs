using System.Data.Common;
using System.Text;
using AmbonCC.Audit;
using AmbonCC.Silo.Database;
using AmbonCC.Silo.Ledger;

namespace AmbonCC.Silo.Audit;

/// <summary>Appends through the group-commit writer; searches with one parameterised SELECT. Nothing else touches the table.</summary>
internal sealed class AuditStore(LedgerWriter<AuditEntry, string> writer, AmbonDatabase database) : IAuditStore
{
    public Task AppendAsync(IReadOnlyList<AuditEntry> entries) => writer.AppendAsync(entries);

    public async Task<IReadOnlyList<AuditEntry>> SearchAsync(AuditQuery query)
    {
        await using var connection = await database.OpenAsync();
        await using var command = connection.CreateCommand();
        var where = new StringBuilder("1 = 1");
        Contains(command, where, "actor", "@actor", query.Actor);
        Contains(command, where, "entity", "@entity", query.Entity);
        Contains(command, where, "action", "@action", query.Action);
        if (query.From is { } from)
        {
            where.Append(" AND at >= @from");
            command.Add("@from", DbValues.Time(database.Kind, from));
        }

        if (query.To is { } to)
        {
            where.Append(" AND at < @to");
            command.Add("@to", DbValues.Time(database.Kind, to));
        }

        command.CommandText =
            "SELECT entry_id, at, actor, roles, source, entity, action, outcome, before_text, after_text, detail " +
            $"FROM audit_log WHERE {where} ORDER BY at DESC, entry_id DESC LIMIT @limit;";
        command.Add("@limit", (long)Math.Clamp(query.Limit, 1, AuditQuery.MaxLimit));
        var result = new List<AuditEntry>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            result.Add(new AuditEntry(reader.GetString(0), reader.ReadTime(1, database.Kind), reader.GetString(2), reader.GetString(3),
                reader.GetString(4), reader.GetString(5), reader.GetString(6), reader.GetString(7),
                reader.ReadStringOrNull(8), reader.ReadStringOrNull(9), reader.ReadStringOrNull(10)));
        }

        return result;
    }

    // A part of the text, case-insensitively; LIKE's wildcards in the input match themselves.
    private void Contains(DbCommand command, StringBuilder where, string column, string name, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return;
        }

        var escaped = value.Trim().ToLowerInvariant().Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");
        where.Append(" AND lower(").Append(column).Append(") LIKE ").Append(name).Append(" ESCAPE '\\'");
        command.Add(name, "%" + escaped + "%");
    }
}
