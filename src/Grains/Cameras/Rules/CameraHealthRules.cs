namespace AmbonCC.Cameras;

/// <summary>A condition that started or ended.</summary>
public sealed record ConditionChange(CameraConditions Condition, bool Raised, DateTimeOffset At);

/// <summary>
/// Offline, frozen and not-recording from heartbeats, snapshots and the clock. Offline is measured on server time
/// (a camera's clock may be wrong), frozen on the camera's own observation times (so a late batch cannot fake it).
/// While offline nothing new is known of the picture or the recorder, so those conditions keep their last value.
/// </summary>
/// <param name="city">The city's clock: uptime days run from the city's midnight (Ambon's by default).</param>
public sealed class CameraHealthRules(CameraOptions options, AmbonCC.City.CityClock? city = null)
{
    private const int UptimeDaysKept = 31;
    private readonly AmbonCC.City.CityClock clock = city ?? AmbonCC.City.CityClock.Ambon();

    /// <summary>
    /// A silence nobody noticed (the grain was asleep) is still an outage: it is evaluated first, so a late
    /// heartbeat yields the offline start and its end.
    /// </summary>
    public IReadOnlyList<ConditionChange> Heartbeat(CameraHealthState s, CameraHeartbeat heartbeat, DateTimeOffset now)
    {
        var changes = Evaluate(s, now).ToList();
        if (s.LastObservedAt is null || heartbeat.ObservedAt >= s.LastObservedAt)
        {
            s.LastObservedAt = heartbeat.ObservedAt;
            s.Fps = heartbeat.Fps;
            s.Recording = heartbeat.Recording;
        }

        if (heartbeat.SnapshotHash is { Length: > 0 } hash)
        {
            s.HeartbeatHash.Observe(hash, heartbeat.ObservedAt);
        }

        s.LastReceivedAt = now;
        s.AccruedTo ??= now;
        changes.AddRange(Evaluate(s, now));
        return changes;
    }

    public IReadOnlyList<ConditionChange> Snapshot(CameraHealthState s, SnapshotInfo snapshot, DateTimeOffset now)
    {
        var changes = Evaluate(s, now).ToList();
        s.SnapshotHash.Observe(snapshot.Sha256, snapshot.TakenAt);
        changes.AddRange(Evaluate(s, now));
        return changes;
    }

    /// <summary>The conditions as of now; returns what changed (and stores it).</summary>
    public IReadOnlyList<ConditionChange> Evaluate(CameraHealthState s, DateTimeOffset now)
    {
        if (s.LastReceivedAt is not { } received)
        {
            return [];
        }

        // The outage started at the end of the allowed silence, not when someone looked.
        var offline = now - received >= options.OfflineAfter;
        var at = offline && !s.Conditions.HasFlag(CameraConditions.Offline) ? received + options.OfflineAfter : now;
        Accrue(s, at);
        var next = offline
            ? CameraConditions.Offline | (s.Conditions & (CameraConditions.Frozen | CameraConditions.NotRecording))
            : Flag(s.Fps > 0 && (s.HeartbeatHash.UnchangedFor(options.FrozenAfter) || s.SnapshotHash.UnchangedFor(options.FrozenAfter)), CameraConditions.Frozen)
              | Flag(s.Recording == false, CameraConditions.NotRecording);
        var changes = new List<ConditionChange>();
        foreach (var c in new[] { CameraConditions.Offline, CameraConditions.Frozen, CameraConditions.NotRecording })
        {
            if (s.Conditions.HasFlag(c) != next.HasFlag(c))
            {
                changes.Add(new ConditionChange(c, next.HasFlag(c), at));
            }
        }

        s.Conditions = next;
        Accrue(s, now);
        return changes;
    }

    public static CameraHealth Health(CameraHealthState s) =>
        s.LastReceivedAt is null ? CameraHealth.Unknown
        : s.Conditions.HasFlag(CameraConditions.Offline) ? CameraHealth.Offline
        : s.Conditions.HasFlag(CameraConditions.Frozen) ? CameraHealth.Frozen
        : s.Conditions.HasFlag(CameraConditions.NotRecording) ? CameraHealth.NotRecording
        : CameraHealth.Online;

    /// <summary>When the camera goes offline unless it reports before; null when it never reported or is offline.</summary>
    public DateTimeOffset? OfflineDueAt(CameraHealthState s) =>
        s.LastReceivedAt is { } at && !s.Conditions.HasFlag(CameraConditions.Offline) ? at + options.OfflineAfter : null;

    /// <summary>
    /// Adds the time since the last accrual to the city days it covers, as online when the camera delivered a live
    /// picture (online or not recording) and known in any case.
    /// </summary>
    public void Accrue(CameraHealthState s, DateTimeOffset now)
    {
        if (s.AccruedTo is not { } from || now <= from)
        {
            return;
        }

        var up = Health(s) is CameraHealth.Online or CameraHealth.NotRecording;
        var cursor = from;
        while (cursor < now)
        {
            var day = clock.DayOf(cursor);
            var nextMidnight = clock.StartOfDay(day.AddDays(1));
            var end = nextMidnight < now ? nextMidnight : now;
            Add(s, day, (end - cursor).TotalSeconds, up);
            cursor = end;
        }

        s.AccruedTo = now;
    }

    private static void Add(CameraHealthState s, DateOnly day, double seconds, bool up)
    {
        var i = s.Uptime.FindIndex(u => u.Day == day);
        var known = i >= 0 ? s.Uptime[i] : new UptimeDay(day, 0, 0);
        var updated = known with { OnlineSeconds = known.OnlineSeconds + (up ? seconds : 0), KnownSeconds = known.KnownSeconds + seconds };
        if (i >= 0)
        {
            s.Uptime[i] = updated;
        }
        else
        {
            s.Uptime.Add(updated);
            s.Uptime.Sort((a, b) => a.Day.CompareTo(b.Day));
            if (s.Uptime.Count > UptimeDaysKept)
            {
                s.Uptime.RemoveRange(0, s.Uptime.Count - UptimeDaysKept);
            }
        }
    }

    private static CameraConditions Flag(bool on, CameraConditions flag) => on ? flag : CameraConditions.None;
}
