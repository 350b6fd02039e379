namespace AmbonCC.RiverGauges;

/// <summary>
/// A gauge's stored readings, for charts and the history API: the web tier reads history through this contract,
/// never from the ledger's tables. A stateless worker; use key <see cref="Any"/>.
/// </summary>
[Alias("AmbonCC.RiverGauges.IGaugeHistoryGrain")]
public interface IGaugeHistoryGrain : IGrainWithIntegerKey
{
    /// <summary>The key to call: every activation serves every gauge.</summary>
    public const long Any = 0;

    /// <summary>
    /// Readings observed in [<paramref name="from"/>, <paramref name="to"/>), oldest first; when more than
    /// <paramref name="limit"/> match, the most recent <paramref name="limit"/>.
    /// </summary>
    [Alias("Readings")]
    Task<IReadOnlyList<StoredGaugeReading>> GetReadingsAsync(string gaugeCode, DateTimeOffset from, DateTimeOffset to, int limit);

    /// <summary>Readings grouped into buckets of <paramref name="bucket"/> aligned to the unix epoch; empty buckets left out.</summary>
    [Alias("Buckets")]
    Task<IReadOnlyList<GaugeReadingBucket>> GetBucketsAsync(string gaugeCode, DateTimeOffset from, DateTimeOffset to, TimeSpan bucket);
}
