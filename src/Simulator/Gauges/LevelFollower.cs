namespace AmbonCC.Simulator.Gauges;

/// <summary>
/// A water level that moves toward the scenario's but never faster than the river rises or recedes. A restarted
/// simulator starts its scenario afresh; starting the level from what the server last stored (instead of the
/// scenario's idea of now) keeps a river that was in flood from dropping 150 cm between two readings.
/// </summary>
internal sealed class LevelFollower(double? startCm, double risePerMinute, double fallPerMinute)
{
    private double? _level = startCm;

    public double? Current => _level;

    /// <summary>The level one <paramref name="step"/> later, as close to <paramref name="targetCm"/> as the rates allow.</summary>
    public double Next(double targetCm, TimeSpan step)
    {
        var minutes = step.TotalMinutes;
        var next = _level is { } level
            ? Math.Clamp(targetCm, level - fallPerMinute * minutes, level + risePerMinute * minutes)
            : targetCm;
        _level = next;
        return next;
    }
}
