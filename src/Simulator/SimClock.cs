using AmbonCC.Simulator.Config;

namespace AmbonCC.Simulator;

/// <summary>
/// Simulated time runs <see cref="Speed"/> times faster than the wall clock, from the moment the simulator
/// starts. Scenarios (tides, floods, human reaction times) follow simulated time; readings are still stamped
/// with the real time, because the server rightly refuses readings from the future.
/// </summary>
internal sealed class SimClock(TimeProvider time, double speed, TimeZoneInfo? zone = null)
{
    private readonly DateTimeOffset _start = time.GetUtcNow();

    /// <summary>The city's zone, like the server's <c>AmbonCC:TimeZone</c>; every timestamp we send carries its offset.</summary>
    public TimeZoneInfo Zone { get; } = zone ?? SimulatorOptions.DefaultTimeZone;

    public TimeProvider Time => time;

    public double Speed => speed;

    public TimeSpan Elapsed => (time.GetUtcNow() - _start) * speed;

    public DateTimeOffset SimulatedNow => TimeZoneInfo.ConvertTime(_start + Elapsed, Zone);

    public DateTimeOffset WallNow => TimeZoneInfo.ConvertTime(time.GetUtcNow(), Zone);

    /// <summary>How long to really wait for <paramref name="simulated"/> to pass.</summary>
    public TimeSpan Real(TimeSpan simulated) => simulated / speed;
}
