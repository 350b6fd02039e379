namespace AmbonCC.Simulator;

/// <summary>
/// Simulated time runs <see cref="Speed"/> times faster than the wall clock, from the moment the simulator
/// starts. Scenarios (tides, floods, human reaction times) follow simulated time; readings are still stamped
/// with the real time, because the server rightly refuses readings from the future.
/// </summary>
internal sealed class SimClock(TimeProvider time, double speed)
{
    private readonly DateTimeOffset _start = time.GetUtcNow();

    /// <summary>Ambon's offset (WIT); every timestamp we send carries it.</summary>
    public static readonly TimeSpan Wit = TimeSpan.FromHours(9);

    public TimeProvider Time => time;

    public double Speed => speed;

    public TimeSpan Elapsed => (time.GetUtcNow() - _start) * speed;

    public DateTimeOffset SimulatedNow => (_start + Elapsed).ToOffset(Wit);

    public DateTimeOffset WallNow => time.GetUtcNow().ToOffset(Wit);

    /// <summary>How long to really wait for <paramref name="simulated"/> to pass.</summary>
    public TimeSpan Real(TimeSpan simulated) => simulated / speed;
}
