using AmbonCC.Platform.Ledger;
using System.Data.Common;
using AmbonCC.RiverGauges;
using AmbonCC.Silo.Database;
using AmbonCC.Silo.Ledger;

namespace AmbonCC.Silo.RiverGauges;

/// <summary>The <c>gauge_readings</c> ledger table.</summary>
internal sealed class GaugeReadingTable : LedgerTable<GaugeReadingRow, (string GaugeCode, long Seq)>
{
    private static readonly string[] AllColumns = ["gauge_code", "seq", "observed_at", "level_cm", "rainfall_mm", "received_at"];
    private static readonly string[] Key = ["gauge_code", "seq"];

    public override string TableName => "gauge_readings";

    public override IReadOnlyList<string> Columns => AllColumns;

    public override IReadOnlyList<string> KeyColumns => Key;

    public override (string GaugeCode, long Seq) KeyOf(GaugeReadingRow row) => (row.GaugeCode, row.Seq);

    public override (string GaugeCode, long Seq) ReadKey(DbDataReader reader) => (reader.GetString(0), reader.GetInt64(1));

    public override void WriteValues(GaugeReadingRow row, DatabaseKind kind, DateTimeOffset receivedAt, Span<object?> values)
    {
        values[0] = row.GaugeCode;
        values[1] = row.Seq;
        values[2] = DbValues.Time(kind, row.ObservedAt);
        values[3] = row.LevelCm;
        values[4] = row.RainfallMm;
        values[5] = DbValues.Time(kind, receivedAt);
    }

    public override void Validate(GaugeReadingRow row)
    {
        // Range checks with field names belong to the HTTP layer; this only keeps garbage out of the table.
        ArgumentException.ThrowIfNullOrWhiteSpace(row.GaugeCode);
        if (!double.IsFinite(row.LevelCm) || row.RainfallMm is { } rain && !double.IsFinite(rain))
        {
            throw new ArgumentException("Gauge reading values must be finite numbers.", nameof(row));
        }
    }
}
