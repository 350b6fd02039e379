using AmbonCC.Platform.Ledger;
using AmbonCC.RiverGauges;
using AmbonCC.Silo.Database;
using AmbonCC.Silo.Ledger;

namespace AmbonCC.Silo.RiverGauges;

/// <summary>Implements <see cref="IGaugeReadingLedger"/> over a <see cref="LedgerWriter{TRow, TKey}"/>.</summary>
internal sealed class GaugeReadingLedger(LedgerWriter<GaugeReadingRow, (string GaugeCode, long Seq)> writer, AmbonDatabase database)
    : IGaugeReadingLedger
{
    private const string RangeFilter = "gauge_code = @code AND observed_at >= @from AND observed_at < @to";

    public LedgerWriterStatistics Statistics => writer.Statistics;

    public Task<AppendResult> AppendAsync(IReadOnlyList<GaugeReadingRow> rows, CancellationToken cancellationToken = default) =>
        writer.AppendAsync(rows, cancellationToken);

    public async Task<IReadOnlyList<StoredGaugeReading>> ReadGaugeReadingsAsync(
        string gaugeCode, DateTimeOffset from, DateTimeOffset to, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText =
            "SELECT gauge_code, seq, observed_at, level_cm, rainfall_mm, received_at FROM gauge_readings " +
            $"WHERE {RangeFilter} ORDER BY observed_at DESC, seq DESC LIMIT @limit;";
        AddRange(command, gaugeCode, from, to);
        command.Add("@limit", (long)limit);
        var result = new List<StoredGaugeReading>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var reading = new GaugeReadingRow(reader.GetString(0), reader.GetInt64(1), reader.ReadTime(2, database.Kind),
                reader.GetDouble(3), reader.ReadDoubleOrNull(4));
            result.Add(new StoredGaugeReading(reading, reader.ReadTime(5, database.Kind)));
        }

        result.Reverse();
        return result;
    }

    public async Task<IReadOnlyList<GaugeReadingBucket>> ReadGaugeReadingsDownsampledAsync(
        string gaugeCode, DateTimeOffset from, DateTimeOffset to, TimeSpan bucket, CancellationToken cancellationToken = default)
    {
        var bucketMs = (long)bucket.TotalMilliseconds;
        ArgumentOutOfRangeException.ThrowIfLessThan(bucketMs, 1000L, nameof(bucket));
        // Both dialects compute the bucket start as unix milliseconds so that the rest of the query is shared.
        var bucketExpression = database.Kind == DatabaseKind.Sqlite
            ? "(observed_at / @bucket) * @bucket"
            : "(floor(extract(epoch FROM observed_at) * 1000 / @bucket) * @bucket)::bigint";
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            WITH ranked AS (
                SELECT {bucketExpression} AS bucket_start, level_cm, rainfall_mm,
                       ROW_NUMBER() OVER (PARTITION BY {bucketExpression} ORDER BY observed_at DESC, seq DESC) AS newest
                FROM gauge_readings WHERE {RangeFilter})
            SELECT bucket_start, MIN(level_cm), MAX(level_cm), AVG(level_cm),
                   MAX(CASE WHEN newest = 1 THEN level_cm END), COUNT(*), SUM(rainfall_mm)
            FROM ranked GROUP BY bucket_start ORDER BY bucket_start;
            """;
        AddRange(command, gaugeCode, from, to);
        command.Add("@bucket", bucketMs);
        var result = new List<GaugeReadingBucket>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            result.Add(new GaugeReadingBucket(
                DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(0)),
                reader.GetDouble(1), reader.GetDouble(2), reader.GetDouble(3), reader.GetDouble(4),
                (int)reader.GetInt64(5), reader.ReadDoubleOrNull(6)));
        }

        return result;
    }

    public async Task<long> CountGaugeReadingsAsync(string gaugeCode, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM gauge_readings WHERE gauge_code = @code;";
        command.Add("@code", gaugeCode);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    private void AddRange(System.Data.Common.DbCommand command, string gaugeCode, DateTimeOffset from, DateTimeOffset to)
    {
        command.Add("@code", gaugeCode);
        command.Add("@from", DbValues.Time(database.Kind, from));
        command.Add("@to", DbValues.Time(database.Kind, to));
    }
}
