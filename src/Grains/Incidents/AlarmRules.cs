using AmbonCC.Platform;

namespace AmbonCC.Incidents;

/// <summary>The result of applying a call to an alarm: its new view and what kind of change it was.</summary>
internal readonly record struct AlarmChange(AlarmView View, AlarmChangeKind Kind);

/// <summary>
/// Alarm state transitions in the ThingsBoard model, without a cluster: at most one active occurrence per key,
/// re-raises update it, a clear ends it, a raise after a clear starts the next occurrence.
/// </summary>
internal static class AlarmRules
{
    public const int MaxSummaryLength = 500;

    public static AlarmChange Raise(string alarmId, AlarmView? current, AlarmRaise raise)
    {
        ArgumentNullException.ThrowIfNull(raise);
        if (!string.Equals(raise.AlarmId, alarmId, StringComparison.Ordinal))
        {
            throw new ArgumentException($"The raise is for '{raise.AlarmId}', not '{alarmId}'.", nameof(raise));
        }

        var summary = raise.Summary?.Trim() ?? "";
        if ((summary.Length == 0 && string.IsNullOrWhiteSpace(raise.SummaryCode)) || summary.Length > MaxSummaryLength)
        {
            throw new ArgumentException($"Summary: 1–{MaxSummaryLength} characters.", nameof(raise));
        }

        // The same raise again is a retry. A different one observed at the same time is not: one batch of readings
        // can pass Siaga 3, 2 and 1 and raise all three with the batch's time, and the last must win.
        if (current is not null && raise.At == current.LastRaiseAt && raise.Severity == current.Severity
            && summary == current.Summary && raise.SummaryCode == current.SummaryCode && (raise.SummaryArgs ?? []).SequenceEqual(current.SummaryArgs ?? []))
        {
            return new(current, AlarmChangeKind.Unchanged);
        }

        if (current is { Active: true })
        {
            // A worse condition than the one acknowledged needs a fresh look from an operator.
            var escalated = raise.Severity > current.Severity;
            var updated = current with
            {
                Severity = raise.Severity,
                Summary = summary,
                SummaryCode = raise.SummaryCode,
                SummaryArgs = raise.SummaryArgs,
                Details = raise.Details,
                Area = raise.Area,
                Count = current.Count + 1,
                LastRaiseAt = raise.At,
                LastUpdatedAt = Max(current.LastUpdatedAt, raise.At),
                Acknowledged = current.Acknowledged && !escalated,
                AcknowledgedBy = escalated ? null : current.AcknowledgedBy,
                AcknowledgedAt = escalated ? null : current.AcknowledgedAt,
                AcknowledgeNote = escalated ? null : current.AcknowledgeNote,
                Version = current.Version + 1,
            };
            return new(updated, AlarmChangeKind.Updated);
        }

        // Observed before the clear: a late message about the occurrence that already ended.
        if (current?.ClearedAt is { } clearedAt && raise.At <= clearedAt)
        {
            return new(current, AlarmChangeKind.Unchanged);
        }

        var fresh = new AlarmView(
            alarmId, raise.Source, raise.Type, raise.Severity, summary,
            Active: true, Acknowledged: false,
            RaisedAt: raise.At, LastUpdatedAt: raise.At, ClearedAt: null, ClearReason: null,
            AcknowledgedBy: null, AcknowledgedAt: null, AcknowledgeNote: null,
            Count: 1, Occurrence: (current?.Occurrence ?? 0) + 1, IncidentId: null,
            CorrelationKey: raise.CorrelationKey, Area: raise.Area, Details: raise.Details,
            LastRaiseAt: raise.At, Version: (current?.Version ?? 0) + 1,
            SummaryCode: raise.SummaryCode, SummaryArgs: raise.SummaryArgs);
        return new(fresh, AlarmChangeKind.Raised);
    }

    public static AlarmChange Clear(AlarmView current, DateTimeOffset at, string reason)
    {
        ArgumentNullException.ThrowIfNull(current);
        if (!current.Active)
        {
            return new(current, AlarmChangeKind.Unchanged);
        }

        var clearedAt = Max(at, current.RaisedAt);
        return new(current with
        {
            Active = false,
            ClearedAt = clearedAt,
            ClearReason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(),
            LastUpdatedAt = Max(current.LastUpdatedAt, clearedAt),
            Version = current.Version + 1,
        }, AlarmChangeKind.Cleared);
    }

    public static AlarmChange Acknowledge(AlarmView? current, string user, string? note, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(user);
        TextLimits.Require(note, TextLimits.Note, nameof(note));
        if (current is null)
        {
            throw new KeyNotFoundException("The alarm was never raised.");
        }

        if (current.Acknowledged)
        {
            return new(current, AlarmChangeKind.Unchanged);
        }

        return new(current with
        {
            Acknowledged = true,
            AcknowledgedBy = user,
            AcknowledgedAt = now,
            AcknowledgeNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim(),
            LastUpdatedAt = Max(current.LastUpdatedAt, now),
            Version = current.Version + 1,
        }, AlarmChangeKind.Acknowledged);
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a >= b ? a : b;
}
