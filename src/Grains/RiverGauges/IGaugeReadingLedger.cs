using AmbonCC.Platform.Ledger;

namespace AmbonCC.RiverGauges;

/// <summary>The gauge-reading ledger: appends through the group-commit writer, reads straight from SQL.</summary>
public interface IGaugeReadingLedger : ILedger<GaugeReadingRow>
{
    /// <summary>
    /// Readings of one gauge observed in [<paramref name="from"/>, <paramref name="to"/>), oldest first; when more
    /// than <paramref name="limit"/> match, the most recent <paramref name="limit"/> are returned.
    /// </summary>
    Task<IReadOnlyList<StoredGaugeReading>> ReadGaugeReadingsAsync(
        string gaugeCode, DateTimeOffset from, DateTimeOffset to, int limit, CancellationToken cancellationToken = default);

    /// <summary>
    /// Readings of one gauge in [<paramref name="from"/>, <paramref name="to"/>) grouped into buckets of
    /// <paramref name="bucket"/> aligned to the unix epoch (min/max/avg/last level, rainfall sum), oldest first.
    /// Empty buckets are left out.
    /// </summary>
    Task<IReadOnlyList<GaugeReadingBucket>> ReadGaugeReadingsDownsampledAsync(
        string gaugeCode, DateTimeOffset from, DateTimeOffset to, TimeSpan bucket, CancellationToken cancellationToken = default);

    /// <summary>How many readings of one gauge the ledger holds (a gauge's reading count is derived, never summed).</summary>
    Task<long> CountGaugeReadingsAsync(string gaugeCode, CancellationToken cancellationToken = default);
}
