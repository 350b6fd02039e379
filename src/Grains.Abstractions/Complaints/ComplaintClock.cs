namespace AmbonCC.Complaints;

/// <summary>
/// The time complaint deadlines run on: the host's <see cref="TimeProvider"/>, held apart so that a test can move
/// the complaints' calendar days ahead without moving the silo's own timers (membership, reminder polling).
/// </summary>
public sealed class ComplaintClock(TimeProvider time)
{
    public TimeProvider Time => time;

    public DateTimeOffset GetUtcNow() => time.GetUtcNow();
}
