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
