using System.Data.Common;

namespace AmbonCC.Silo.Database;

/// <summary>
/// Small helpers shared by the ledger and the outbox: parameters and the one time representation per database
/// (SQLite stores UTC unix milliseconds, PostgreSQL stores timestamptz).
/// </summary>
internal static class DbValues
{
    /// <summary>Adds a named parameter; null becomes DBNull.</summary>
    public static DbParameter Add(this DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
        return parameter;
    }

    /// <summary>The value a time column of <paramref name="kind"/> stores for <paramref name="value"/>.</summary>
    public static object Time(DatabaseKind kind, DateTimeOffset value) => kind == DatabaseKind.Sqlite
        ? value.ToUnixTimeMilliseconds()
        // Npgsql writes timestamptz only from UTC values.
        : value.ToUniversalTime();

    /// <summary>As <see cref="Time(DatabaseKind, DateTimeOffset)"/>, keeping null.</summary>
    public static object? Time(DatabaseKind kind, DateTimeOffset? value) => value is { } v ? Time(kind, v) : null;

    /// <summary>Reads a time column written by <see cref="Time(DatabaseKind, DateTimeOffset)"/>, as UTC.</summary>
    public static DateTimeOffset ReadTime(this DbDataReader reader, int ordinal, DatabaseKind kind) => kind == DatabaseKind.Sqlite
        ? DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(ordinal))
        : new DateTimeOffset(DateTime.SpecifyKind(reader.GetFieldValue<DateTime>(ordinal), DateTimeKind.Utc));

    /// <summary>As <see cref="ReadTime"/>, for a nullable column.</summary>
    public static DateTimeOffset? ReadTimeOrNull(this DbDataReader reader, int ordinal, DatabaseKind kind) =>
        reader.IsDBNull(ordinal) ? null : reader.ReadTime(ordinal, kind);

    public static string? ReadStringOrNull(this DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public static double? ReadDoubleOrNull(this DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : Convert.ToDouble(reader.GetValue(ordinal), System.Globalization.CultureInfo.InvariantCulture);
}
