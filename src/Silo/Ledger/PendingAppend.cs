using AmbonCC.Platform.Ledger;
namespace AmbonCC.Silo.Ledger;

/// <summary>Lifecycle of a writer's background loop, driven by <see cref="LedgerHostedService"/>.</summary>
internal interface ILedgerWriterLoop
{
    Task StartAsync(CancellationToken cancellationToken);

    /// <summary>Stops taking appends, writes what is queued, then returns.</summary>
    Task StopAsync(CancellationToken cancellationToken);

    /// <summary>What readiness reports about this writer.</summary>
    LedgerWriterHealth Health { get; }
}

/// <summary>A writer's queue against its bound, and when its last batch failed (if ever).</summary>
internal sealed record LedgerWriterHealth(string Table, bool Running, int QueuedRows, int MaxQueuedRows, DateTimeOffset? LastFailureAt);

/// <summary>One caller's rows waiting for a commit.</summary>
internal sealed class PendingAppend<TRow>(TRow[] rows)
{
    public TRow[] Rows { get; } = rows;

    public AppendOutcome[] Outcomes { get; } = new AppendOutcome[rows.Length];

    // Continuations run off the writer loop so that a slow caller never delays the next batch.
    public TaskCompletionSource<AppendResult> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
