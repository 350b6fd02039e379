using AmbonCC.Platform;
using AmbonCC.Platform.Ledger;
using System.Threading.Channels;
using AmbonCC.Silo.Database;
using AmbonCC.Silo.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AmbonCC.Silo.Ledger;

/// <summary>
/// The group-commit writer of one ledger table: callers queue rows; one loop writes whatever has queued in a
/// single transaction and completes every caller after the commit.
/// </summary>
internal sealed class LedgerWriter<TRow, TKey> : ILedger<TRow>, ILedgerWriterLoop
    where TKey : notnull
{
    private readonly LedgerTable<TRow, TKey> table;
    private readonly LedgerOptions options;
    private readonly TimeProvider time;
    private readonly ILogger logger;
    private readonly AmbonDatabase database;
    private readonly Channel<PendingAppend<TRow>> queue =
        Channel.CreateUnbounded<PendingAppend<TRow>>(new UnboundedChannelOptions { SingleReader = false });
    private readonly CancellationTokenSource stopping = new();
    private Task loop = Task.CompletedTask;
    private int queuedRows;
    private int started;
    private long batches;
    private long rows;
    private long failedBatches;
    private long lastFailureTicks;

    public LedgerWriter(LedgerTable<TRow, TKey> table, AmbonDatabase database, IOptions<LedgerOptions> options,
        TimeProvider time, ILogger<LedgerWriter<TRow, TKey>> logger)
    {
        this.table = table;
        this.options = options.Value;
        this.time = time;
        this.logger = logger;
        this.database = database;
    }

    public LedgerWriterStatistics Statistics =>
        new(Interlocked.Read(ref batches), Interlocked.Read(ref rows), Interlocked.Read(ref failedBatches), Volatile.Read(ref queuedRows));

    public LedgerWriterHealth Health => new(table.TableName, Volatile.Read(ref started) == 1 && !loop.IsCompleted,
        Volatile.Read(ref queuedRows), options.MaxQueuedRows,
        Interlocked.Read(ref lastFailureTicks) is var ticks and > 0 ? new DateTimeOffset(ticks, TimeSpan.Zero) : null);

    public Task<AppendResult> AppendAsync(IReadOnlyList<TRow> rowsToAppend, CancellationToken cancellationToken = default)
    {
        if (rowsToAppend.Count == 0)
        {
            return Task.FromResult(new AppendResult([]));
        }

        foreach (var row in rowsToAppend)
        {
            table.Validate(row);
        }

        // Reserve room first so that concurrent callers cannot overshoot the bound together.
        if (Interlocked.Add(ref queuedRows, rowsToAppend.Count) > options.MaxQueuedRows)
        {
            Interlocked.Add(ref queuedRows, -rowsToAppend.Count);
            throw new LedgerBackpressureException(table.TableName, options.RetryAfter);
        }

        var pending = new PendingAppend<TRow>([.. rowsToAppend]);
        if (!queue.Writer.TryWrite(pending))
        {
            Interlocked.Add(ref queuedRows, -rowsToAppend.Count);
            throw new ObjectDisposedException($"The {table.TableName} ledger writer has stopped.");
        }

        return AwaitCommitAsync(pending.Completion.Task, cancellationToken);
    }

    private async Task<AppendResult> AwaitCommitAsync(Task<AppendResult> commit, CancellationToken cancellationToken)
    {
        try
        {
            return await commit.WaitAsync(options.CommitTimeout, time, cancellationToken);
        }
        catch (TimeoutException)
        {
            // On a starved machine the commit can finish between the timer firing and this handler running:
            // then it is the answer (a bare TimeoutException here was a 500 to the device).
            if (commit.IsCompleted)
            {
                return await commit;
            }

            throw new StoreUnavailableException(table.TableName, StoreFailures.OutageRetryAfter);
        }
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        // A second registration of the same writer must not start a second set of loops.
        if (Interlocked.Exchange(ref started, 1) == 1)
        {
            return Task.CompletedTask;
        }

        // SQLite has one writer per file, so a second loop would only wait on the lock; PostgreSQL overlaps one
        // batch's commit (the fsync) with the next batch's insert.
        var loops = options.WriterLoops ?? (database.Kind == DatabaseKind.Sqlite ? 1 : 2);
        loop = Task.WhenAll(Enumerable.Range(0, Math.Max(1, loops)).Select(_ => Task.Run(() => RunAsync(stopping.Token), CancellationToken.None)));
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        queue.Writer.TryComplete();
        // Flush: the loop drains what is queued; only an impatient host cancels the writes themselves.
        await using var registration = cancellationToken.Register(stopping.Cancel);
        await loop;
    }

    /// <summary>One per loop: the COPY writer where the table names its column types and the database is PostgreSQL.</summary>
    private ILedgerBatchWriter<TRow> CreateBatchWriter() => database.Kind == DatabaseKind.Postgres && table.CopyTypes is { } types
        ? new LedgerCopyWriter<TRow, TKey>(table, database, types)
        : new LedgerBatchWriter<TRow, TKey>(table, database);

    private async Task RunAsync(CancellationToken cancellationToken)
    {
        var batch = new List<PendingAppend<TRow>>();
        await using var batchWriter = CreateBatchWriter();
        try
        {
            while (await queue.Reader.WaitToReadAsync(cancellationToken))
            {
                var batchRows = await TakeBatchAsync(batch, cancellationToken);
                await WriteBatchAsync(batchWriter, batch, batchRows, cancellationToken);
                batch.Clear();
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Host gave up waiting: whatever is left fails, and its callers retry elsewhere.
            var abandoned = new ObjectDisposedException($"The {table.TableName} ledger writer stopped before writing.");
            foreach (var pending in batch)
            {
                pending.Completion.TrySetException(abandoned);
            }

            while (queue.Reader.TryRead(out var pending))
            {
                pending.Completion.TrySetException(abandoned);
            }
        }
    }

    private async Task<int> TakeBatchAsync(List<PendingAppend<TRow>> batch, CancellationToken cancellationToken)
    {
        var count = Drain(batch, 0);
        if (count >= options.MaxBatchRows || options.MaxBatchDelay <= TimeSpan.Zero)
        {
            return count;
        }

        using var window = new CancellationTokenSource(options.MaxBatchDelay, time);
        using var linger = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, window.Token);
        try
        {
            while (count < options.MaxBatchRows && await queue.Reader.WaitToReadAsync(linger.Token))
            {
                count = Drain(batch, count);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // The linger window closed: write what we have.
        }

        return count;
    }

    private int Drain(List<PendingAppend<TRow>> batch, int count)
    {
        // A single call larger than MaxBatchRows still goes whole: its caller awaits one commit.
        while (count < options.MaxBatchRows && queue.Reader.TryRead(out var pending))
        {
            batch.Add(pending);
            count += pending.Rows.Length;
        }

        return count;
    }

    private async Task WriteBatchAsync(ILedgerBatchWriter<TRow> batchWriter, List<PendingAppend<TRow>> batch, int batchRows, CancellationToken cancellationToken)
    {
        Exception? failure = null;
        try
        {
            await batchWriter.WriteAsync(batch, time.GetUtcNow(), cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            failure = ex;
        }
        finally
        {
            // Release the room before completing anyone, so that a caller who appends again on completion has it.
            Interlocked.Add(ref queuedRows, -batchRows);
        }

        if (failure is not null)
        {
            Interlocked.Increment(ref failedBatches);
            Interlocked.Exchange(ref lastFailureTicks, time.GetUtcNow().UtcTicks);
            logger.LogWarning(failure, "Ledger {Table}: batch of {Rows} rows failed; its callers will retry", table.TableName, batchRows);
            // An outage reaches callers as StoreUnavailableException: serializable, and without the driver's text.
            var reported = StoreFailures.IsStoreUnavailable(failure)
                ? new StoreUnavailableException(table.TableName, StoreFailures.OutageRetryAfter)
                : failure;
            batch.ForEach(pending => pending.Completion.TrySetException(reported));
            return;
        }

        Interlocked.Increment(ref batches);
        Interlocked.Add(ref rows, batchRows);
        batch.ForEach(pending => pending.Completion.TrySetResult(new AppendResult(pending.Outcomes)));
    }
}
