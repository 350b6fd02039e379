namespace AmbonCC.Platform.Ledger;

// Contracts of the append-only ledgers: grains append through these; src/Silo implements them.

/// <summary>What the ledger did with one appended row.</summary>
public enum AppendOutcome
{
    /// <summary>The row is new and now durable.</summary>
    Inserted,

    /// <summary>A row with the same natural key was already stored (or appears earlier in the same batch).</summary>
    Duplicate,
}

/// <summary>The committed outcome of one <see cref="ILedger{TRow}.AppendAsync"/> call.</summary>
/// <param name="Outcomes">One outcome per row, in the order the rows were handed over.</param>
public sealed record AppendResult(IReadOnlyList<AppendOutcome> Outcomes)
{
    public int Inserted => Outcomes.Count(o => o == AppendOutcome.Inserted);

    public int Duplicates => Outcomes.Count(o => o == AppendOutcome.Duplicate);
}

/// <summary>
/// The writer's queue is full: the caller should retry after <see cref="RetryAfter"/> (HTTP: 503 + Retry-After).
/// Nothing of the refused call was queued. Serializable so that it reaches the caller as itself across silos.
/// </summary>
[GenerateSerializer, Alias("AmbonCC.Platform.Ledger.LedgerBackpressureException")]
public sealed class LedgerBackpressureException : Exception
{
    public LedgerBackpressureException()
        : base("A ledger is saturated.")
    {
    }

    public LedgerBackpressureException(string table, TimeSpan retryAfter)
        : base($"The {table} ledger is saturated; retry after {retryAfter.TotalSeconds:0.#} s.")
    {
        Table = table;
        RetryAfter = retryAfter;
    }

    [Id(0)]
    public string Table { get; init; } = "";

    [Id(1)]
    public TimeSpan RetryAfter { get; init; } = TimeSpan.FromSeconds(1);
}

/// <summary>Counters of one writer since it started: what tests and dashboards look at.</summary>
public sealed record LedgerWriterStatistics(long Batches, long Rows, long FailedBatches, int QueuedRows);

/// <summary>Appends rows to one ledger table through its group-commit writer.</summary>
public interface ILedger<TRow>
{
    /// <summary>
    /// Queues <paramref name="rows"/> and completes once the transaction holding them committed, reporting per
    /// row whether it was new. Throws <see cref="LedgerBackpressureException"/> at once when the queue is full;
    /// a failed commit faults the task (retrying is safe: appends are idempotent on the natural key).
    /// Cancelling stops the wait, not the write.
    /// </summary>
    Task<AppendResult> AppendAsync(IReadOnlyList<TRow> rows, CancellationToken cancellationToken = default);

    /// <summary>Counters since the writer started.</summary>
    LedgerWriterStatistics Statistics { get; }
}

/// <summary>One river-gauge reading as a device reports it; (GaugeCode, Seq) is its natural key.</summary>
public sealed record GaugeReadingRow(string GaugeCode, long Seq, DateTimeOffset ObservedAt, double LevelCm, double? RainfallMm);

/// <summary>A stored reading with the time the ledger committed it.</summary>
public sealed record StoredGaugeReading(GaugeReadingRow Reading, DateTimeOffset ReceivedAt);

/// <summary>One downsampling bucket: figures over the readings observed in [Start, Start + bucket).</summary>
public sealed record GaugeReadingBucket(
    DateTimeOffset Start, double MinLevelCm, double MaxLevelCm, double AvgLevelCm, double LastLevelCm, int Count, double? RainfallMm);

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
