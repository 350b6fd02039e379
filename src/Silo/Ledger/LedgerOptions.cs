using AmbonCC.Platform.Ledger;
namespace AmbonCC.Silo.Ledger;

/// <summary>The <c>AmbonCC:Ledger</c> section: sizing of every group-commit writer.</summary>
internal sealed class LedgerOptions
{
    public const string Section = "AmbonCC:Ledger";

    /// <summary>Rows written by one transaction at most.</summary>
    public int MaxBatchRows { get; set; } = 500;

    /// <summary>Rows waiting for a transaction at most; beyond it appends are refused (backpressure).</summary>
    public int MaxQueuedRows { get; set; } = 20_000;

    /// <summary>
    /// How long a batch may wait for more rows once it has one. Zero by default: while one commit is in
    /// flight the queue fills by itself, so a wait only adds latency at low load.
    /// </summary>
    public TimeSpan MaxBatchDelay { get; set; } = TimeSpan.Zero;

    /// <summary>Batches in flight at once per table; null: 1 on SQLite (one writer per file), 2 on PostgreSQL.</summary>
    public int? WriterLoops { get; set; }

    /// <summary>
    /// How long a caller waits for its commit before it is told the store is unavailable (503): below the
    /// grain response timeout, so that a hung database answers 503 instead of a timeout. The rows may still
    /// commit later; the caller's retry is then a duplicate, which the natural key absorbs.
    /// </summary>
    public TimeSpan CommitTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>What a refused caller is told to wait.</summary>
    public TimeSpan RetryAfter { get; set; } = TimeSpan.FromSeconds(1);
}
