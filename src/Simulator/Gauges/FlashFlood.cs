namespace AmbonCC.Simulator.Gauges;

/// <summary>
/// The scripted flash flood of journey 1, as a level curve over the time since the rain began: a downpour,
/// then the level climbs 40 cm per 10 minutes through Siaga 3 and Siaga 2, holds at a peak above Siaga 2,
/// recedes more slowly and settles back on the resting level, where it stays (so the server can step down,
/// propose an Update and then a Cancel).
/// </summary>
internal sealed record FlashFlood(double RestingCm, double Siaga3Cm, double Siaga2Cm)
{
    /// <summary>40 cm in 10 minutes: above the seed's rate-of-rise thresholds (25–30 cm per 10 minutes).</summary>
    public const double RiseCmPerMinute = 4.0;

    /// <summary>Recession is slower than the rise, as on a real hydrograph.</summary>
    public const double FallCmPerMinute = 2.5;

    /// <summary>Rain falls for a while before the channel responds.</summary>
    public static readonly TimeSpan RainLead = TimeSpan.FromMinutes(5);

    public static readonly TimeSpan PeakHold = TimeSpan.FromMinutes(8);

    /// <summary>Far enough above Siaga 2 that the seed's 0–20 cm per-gauge offset cannot keep it from crossing.</summary>
    public double PeakCm => Siaga2Cm + 25;

    public TimeSpan RiseEnd => RainLead + Minutes((PeakCm - RestingCm) / RiseCmPerMinute);

    public TimeSpan PeakEnd => RiseEnd + PeakHold;

    /// <summary>When the level is back on its resting level and the flood is over.</summary>
    public TimeSpan End => PeakEnd + Minutes((PeakCm - RestingCm) / FallCmPerMinute);

    /// <summary>The level <paramref name="since"/> the rain began; the resting level before and after.</summary>
    public double LevelAt(TimeSpan since)
    {
        if (since <= RainLead || since >= End)
        {
            return RestingCm;
        }

        if (since <= RiseEnd)
        {
            return RestingCm + RiseCmPerMinute * (since - RainLead).TotalMinutes;
        }

        return since <= PeakEnd ? PeakCm : PeakCm - FallCmPerMinute * (since - PeakEnd).TotalMinutes;
    }

    /// <summary>When the rising level reaches <paramref name="levelCm"/>.</summary>
    public TimeSpan RisesThrough(double levelCm) => RainLead + Minutes((levelCm - RestingCm) / RiseCmPerMinute);

    /// <summary>When the receding level drops back to <paramref name="levelCm"/>.</summary>
    public TimeSpan FallsThrough(double levelCm) => PeakEnd + Minutes((PeakCm - levelCm) / FallCmPerMinute);

    /// <summary>Rain intensity: a tropical downpour while the river rises, easing at the peak, then dry.</summary>
    public double RainMmPerHour(TimeSpan since) =>
        since < TimeSpan.Zero || since >= PeakEnd ? 0 : since <= RiseEnd ? 120 : 20;

    /// <summary>
    /// The same flood seen further down the river: later by <paramref name="lag"/>, damped so that it peaks at
    /// <paramref name="echoPeakCm"/> (a visible rise that need not cross that gauge's thresholds).
    /// </summary>
    public double EchoLevelAt(TimeSpan since, TimeSpan lag, double echoRestingCm, double echoPeakCm)
    {
        var share = (LevelAt(since - lag) - RestingCm) / (PeakCm - RestingCm);
        return echoRestingCm + share * (echoPeakCm - echoRestingCm);
    }

    private static TimeSpan Minutes(double minutes) => TimeSpan.FromMinutes(minutes);
}
