using AmbonCC.Platform.Outbox;
using AmbonCC.Silo.Database;

namespace AmbonCC.Silo.Outbox;

/// <summary>
/// The delivery side of the outbox table: claims with a lease, outcomes with backoff and parking, and what the
/// Redis relay needs. Every transition is one conditional UPDATE, so two workers never both own a row.
/// </summary>
internal sealed class OutboxDeliveryStore(AmbonDatabase database, TimeProvider time)
{
    // Due work: queued and due, or claimed by a worker whose lease ran out (it died or hung mid-send).
    private const string Claimable =
        "((status = 'queued' AND next_attempt_at <= @now) OR (status = 'sending' AND claimed_until <= @now))";

    private const string ClaimSet =
        "status = 'sending', attempts = attempts + 1, claimed_by = @consumer, claimed_until = @until, updated_at = @now";

    /// <summary>Claims up to <paramref name="maxCount"/> due messages for <paramref name="consumer"/> (Embedded transport).</summary>
    public async Task<IReadOnlyList<OutboxRecord>> ClaimDueAsync(string consumer, int maxCount, TimeSpan lease, CancellationToken cancellationToken)
    {
        // PostgreSQL: SKIP LOCKED lets several workers claim disjoint rows at once; SQLite has one writer anyway.
        var lockClause = database.Kind == DatabaseKind.Postgres ? " FOR UPDATE SKIP LOCKED" : "";
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText =
            $"UPDATE outbox_messages SET {ClaimSet} WHERE id IN (SELECT id FROM outbox_messages WHERE {Claimable} " +
            $"ORDER BY next_attempt_at, id LIMIT @max{lockClause}) AND {Claimable} RETURNING {OutboxSql.Columns};";
        AddClaim(command, consumer, lease);
        command.Add("@max", (long)maxCount);
        var claimed = await OutboxSql.ReadAllAsync(command, database.Kind, cancellationToken);
        return claimed.OrderBy(r => r.Id).ToList();
    }

    /// <summary>Claims one message named by a stream entry; null when it is not due or another worker holds it.</summary>
    public async Task<OutboxRecord?> TryClaimAsync(long id, string consumer, TimeSpan lease, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"UPDATE outbox_messages SET {ClaimSet} WHERE id = @id AND {Claimable} RETURNING {OutboxSql.Columns};";
        AddClaim(command, consumer, lease);
        command.Add("@id", id);
        return (await OutboxSql.ReadAllAsync(command, database.Kind, cancellationToken)).SingleOrDefault();
    }

    /// <summary>
    /// Records the outcome of a claimed attempt. Sent always sticks (the message did go out); a failure is
    /// recorded only while the claim is still ours. Returns null when another worker has taken the row over.
    /// </summary>
    public async Task<OutboxDeliveryReport?> RecordAsync(OutboxRecord claimed, string consumer, DeliveryResult result,
        int maxAttempts, TimeSpan baseDelay, TimeSpan maxDelay, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var (status, next) = result.Status switch
        {
            DeliveryStatus.Sent => (OutboxStatus.Sent, (DateTimeOffset?)null),
            DeliveryStatus.PermanentFailure => (OutboxStatus.Failed, null),
            _ when claimed.Attempts >= maxAttempts => (OutboxStatus.Parked, null),
            _ => (OutboxStatus.Queued, now + Backoff(claimed.Attempts, baseDelay, maxDelay)),
        };
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        var fence = status == OutboxStatus.Sent ? "status <> 'sent'" : "status = 'sending' AND claimed_by = @consumer";
        command.CommandText =
            "UPDATE outbox_messages SET status = @status, next_attempt_at = COALESCE(@next, next_attempt_at), last_error = @error, " +
            $"claimed_by = NULL, claimed_until = NULL, relayed_at = NULL, updated_at = @now WHERE id = @id AND {fence};";
        command.Add("@status", OutboxSql.ToDb(status));
        command.Add("@next", DbValues.Time(database.Kind, next));
        command.Add("@error", result.Error);
        command.Add("@now", DbValues.Time(database.Kind, now));
        command.Add("@id", claimed.Id);
        if (status != OutboxStatus.Sent)
        {
            command.Add("@consumer", consumer);
        }
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1
            ? new OutboxDeliveryReport(claimed, status, claimed.Attempts, result.Error, next)
            : null;
    }

    /// <summary>Ids the relay should push to the stream: due and not relayed yet, or relayed long ago and still not done.</summary>
    public async Task<IReadOnlyList<long>> ListForRelayAsync(int maxCount, TimeSpan staleAfter, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText =
            "SELECT id FROM outbox_messages WHERE (relayed_at IS NULL OR relayed_at <= @stale) AND " +
            "((status = 'queued' AND next_attempt_at <= @now) OR (status = 'sending' AND claimed_until <= @stale)) ORDER BY id LIMIT @max;";
        command.Add("@now", DbValues.Time(database.Kind, now));
        command.Add("@stale", DbValues.Time(database.Kind, now - staleAfter));
        command.Add("@max", (long)maxCount);
        var ids = new List<long>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetInt64(0));
        }

        return ids;
    }

    /// <summary>Notes that the ids are in the stream, so the relay does not push them again before they go stale.</summary>
    public async Task MarkRelayedAsync(IReadOnlyList<long> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return;
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        var names = ids.Select((_, i) => "@id" + i).ToList();
        command.CommandText = $"UPDATE outbox_messages SET relayed_at = @now WHERE id IN ({string.Join(", ", names)});";
        command.Add("@now", DbValues.Time(database.Kind, time.GetUtcNow()));
        for (var i = 0; i < ids.Count; i++)
        {
            command.Add(names[i], ids[i]);
        }

        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>
    /// Forgets that unfinished messages were relayed (their stream entries were lost), so that the relay pushes
    /// them again on its next round.
    /// </summary>
    public async Task<int> ResetRelayedAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE outbox_messages SET relayed_at = NULL WHERE relayed_at IS NOT NULL AND status IN ('queued', 'sending');";
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Delay before attempt n + 1: base · 2^(n-1), capped.</summary>
    public static TimeSpan Backoff(int attempts, TimeSpan baseDelay, TimeSpan maxDelay)
    {
        var factor = Math.Pow(2, Math.Clamp(attempts - 1, 0, 30));
        var delay = TimeSpan.FromMilliseconds(Math.Min(baseDelay.TotalMilliseconds * factor, maxDelay.TotalMilliseconds));
        return delay;
    }

    private void AddClaim(System.Data.Common.DbCommand command, string consumer, TimeSpan lease)
    {
        var now = time.GetUtcNow();
        command.Add("@consumer", consumer);
        command.Add("@now", DbValues.Time(database.Kind, now));
        command.Add("@until", DbValues.Time(database.Kind, now + lease));
    }
}
