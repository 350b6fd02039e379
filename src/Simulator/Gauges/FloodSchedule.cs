namespace AmbonCC.Simulator.Gauges;

/// <summary>When floods begin in simulated time: once at <see cref="First"/>, then every <see cref="Every"/> if set.</summary>
internal sealed record FloodSchedule(bool Enabled, TimeSpan First, TimeSpan Every)
{
    public static FloodSchedule None { get; } = new(false, TimeSpan.Zero, TimeSpan.Zero);

    /// <summary>Time since the most recent flood began, or null before the first (or with floods off).</summary>
    public TimeSpan? SinceLatestStart(TimeSpan elapsed)
    {
        if (!Enabled || elapsed < First)
        {
            return null;
        }

        if (Every <= TimeSpan.Zero)
        {
            return elapsed - First;
        }

        var periods = Math.Floor((elapsed - First) / Every);
        return elapsed - First - Every * periods;
    }
}
