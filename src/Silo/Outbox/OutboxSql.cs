using AmbonCC.Platform.Outbox;
using System.Data.Common;
using System.Text.Json;
using AmbonCC.Silo.Database;

namespace AmbonCC.Silo.Outbox;

/// <summary>Column list and row mapping shared by the outbox queries.</summary>
internal static class OutboxSql
{
    public const string Columns =
        "id, idempotency_key, channel, recipient, payload, correlation, status, attempts, next_attempt_at, last_error, created_at, updated_at";

    public static string ToDb(OutboxStatus status) => status.ToString().ToLowerInvariant();

    public static OutboxRecord Read(DbDataReader reader, DatabaseKind kind) => new(
        reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
        Correlation(reader.ReadStringOrNull(5)), Enum.Parse<OutboxStatus>(reader.GetString(6), ignoreCase: true),
        Convert.ToInt32(reader.GetValue(7), System.Globalization.CultureInfo.InvariantCulture),
        reader.ReadTime(8, kind), reader.ReadStringOrNull(9), reader.ReadTime(10, kind), reader.ReadTime(11, kind));

    public static string? Correlation(OutboxCorrelation? correlation) =>
        correlation is null ? null : JsonSerializer.Serialize(correlation, CorrelationJson);

    /// <summary>Rows written before correlations were typed hold "kind|id|item" text: read it too, so no outcome is lost.</summary>
    public static OutboxCorrelation? Correlation(string? text) => text switch
    {
        null or "" => null,
        ['{', ..] => JsonSerializer.Deserialize<OutboxCorrelation>(text, CorrelationJson),
        _ when text.Split('|') is [var kind, var id, var item] => new OutboxCorrelation(kind, id, item),
        _ => null,
    };

    private static readonly JsonSerializerOptions CorrelationJson = new(JsonSerializerDefaults.Web);

    public static async Task<List<OutboxRecord>> ReadAllAsync(DbCommand command, DatabaseKind kind, CancellationToken cancellationToken)
    {
        var result = new List<OutboxRecord>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            result.Add(Read(reader, kind));
        }

        return result;
    }
}
