using AmbonCC.Platform.Outbox;
using System.Data.Common;
using AmbonCC.Silo.Database;

namespace AmbonCC.Silo.Outbox;

/// <summary>The producer and operator side of the outbox table.</summary>
internal sealed class OutboxStore(AmbonDatabase database, TimeProvider time, OutboxSignal signal) : IOutbox
{
    public async Task<IReadOnlyList<OutboxEnqueueResult>> EnqueueAsync(IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var result = await EnqueueAsync(transaction, messages, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        signal.Notify();
        return result;
    }

    /// <summary>
    /// Enqueues inside the caller's transaction, so that the messages commit (or not) with the state change
    /// that caused them. The caller commits; workers see the rows after that (or after their next poll).
    /// </summary>
    public async Task<IReadOnlyList<OutboxEnqueueResult>> EnqueueAsync(DbTransaction transaction, IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken = default)
    {
        var connection = transaction.Connection ?? throw new ArgumentException("The transaction has no connection.", nameof(transaction));
        var now = DbValues.Time(database.Kind, time.GetUtcNow());
        var result = new List<OutboxEnqueueResult>(messages.Count);
        foreach (var message in messages)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(message.Channel);
            ArgumentException.ThrowIfNullOrWhiteSpace(message.Recipient);
            ArgumentException.ThrowIfNullOrWhiteSpace(message.IdempotencyKey);
            await using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText =
                "INSERT INTO outbox_messages (idempotency_key, channel, recipient, payload, correlation, status, attempts, next_attempt_at, created_at, updated_at) " +
                "VALUES (@key, @channel, @recipient, @payload, @correlation, 'queued', 0, @now, @now, @now) " +
                "ON CONFLICT (idempotency_key) DO NOTHING RETURNING id;";
            insert.Add("@key", message.IdempotencyKey);
            insert.Add("@channel", message.Channel);
            insert.Add("@recipient", message.Recipient);
            insert.Add("@payload", message.Payload);
            insert.Add("@correlation", OutboxSql.Correlation(message.Correlation));
            insert.Add("@now", now);
            if (await insert.ExecuteScalarAsync(cancellationToken) is { } id and not DBNull)
            {
                result.Add(new OutboxEnqueueResult(Convert.ToInt64(id, System.Globalization.CultureInfo.InvariantCulture), message.IdempotencyKey, true));
                continue;
            }

            await using var existing = connection.CreateCommand();
            existing.Transaction = transaction;
            existing.CommandText = "SELECT id FROM outbox_messages WHERE idempotency_key = @key;";
            existing.Add("@key", message.IdempotencyKey);
            var existingId = await existing.ExecuteScalarAsync(cancellationToken);
            result.Add(new OutboxEnqueueResult(Convert.ToInt64(existingId, System.Globalization.CultureInfo.InvariantCulture), message.IdempotencyKey, false));
        }

        return result;
    }

    public async Task<IReadOnlyList<OutboxRecord>> ListAsync(OutboxStatus status, int limit = 100, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {OutboxSql.Columns} FROM outbox_messages WHERE status = @status ORDER BY id LIMIT @limit;";
        command.Add("@status", OutboxSql.ToDb(status));
        command.Add("@limit", (long)limit);
        return await OutboxSql.ReadAllAsync(command, database.Kind, cancellationToken);
    }

    public async Task<OutboxRecord?> GetAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {OutboxSql.Columns} FROM outbox_messages WHERE id = @id;";
        command.Add("@id", id);
        return (await OutboxSql.ReadAllAsync(command, database.Kind, cancellationToken)).SingleOrDefault();
    }

    public async Task<bool> RequeueAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText =
            "UPDATE outbox_messages SET status = 'queued', attempts = 0, next_attempt_at = @now, relayed_at = NULL, " +
            "claimed_by = NULL, claimed_until = NULL, updated_at = @now WHERE id = @id AND status IN ('parked', 'failed');";
        command.Add("@id", id);
        command.Add("@now", DbValues.Time(database.Kind, time.GetUtcNow()));
        var changed = await command.ExecuteNonQueryAsync(cancellationToken) == 1;
        signal.Notify();
        return changed;
    }
}

/// <summary>Wakes the local worker or relay when something was enqueued, instead of waiting for the next poll.</summary>
internal sealed class OutboxSignal
{
    private readonly SemaphoreSlim pending = new(0, 1);

    public void Notify()
    {
        try
        {
            pending.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled: one wake-up covers any number of enqueues.
        }
    }

    /// <summary>Waits for a notification or until <paramref name="timeout"/> (measured by <paramref name="time"/>).</summary>
    public async Task WaitAsync(TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
    {
        using var timer = new CancellationTokenSource(timeout, time);
        using var window = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timer.Token);
        try
        {
            await pending.WaitAsync(window.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // Poll interval elapsed.
        }
    }
}
