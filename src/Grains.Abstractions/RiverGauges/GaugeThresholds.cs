namespace AmbonCC.RiverGauges;

/// <summary>
/// The alarm rules of one gauge. Levels are cm above gauge zero, e.g. Katulampa 80 / 150 / 200 for Siaga 3 / 2 / 1.
/// </summary>
/// <param name="Siaga3Cm">Level at or above which the gauge is Siaga 3 (waspada).</param>
/// <param name="Siaga2Cm">Level at or above which the gauge is Siaga 2 (siaga); above <paramref name="Siaga3Cm"/>.</param>
/// <param name="Siaga1Cm">Level at or above which the gauge is Siaga 1 (awas); above <paramref name="Siaga2Cm"/>.</param>
/// <param name="RiseAlarmCmPer10Min">Rate of rise (cm per 10 minutes) at or above which the rise alarm is raised.</param>
/// <param name="HysteresisMarginCm">How far below a threshold the level must fall before stepping down counts.</param>
/// <param name="HoldTime">How long the level (or the rate) must stay below before a band steps down or the rise alarm clears.</param>
/// <param name="StaleTimeout">No reading for this long raises the stale alarm.</param>
[GenerateSerializer, Immutable, Alias("AmbonCC.RiverGauges.GaugeThresholds")]
public sealed record GaugeThresholds(
    [property: Id(0)] double Siaga3Cm,
    [property: Id(1)] double Siaga2Cm,
    [property: Id(2)] double Siaga1Cm,
    [property: Id(3)] double RiseAlarmCmPer10Min,
    [property: Id(4)] double HysteresisMarginCm,
    [property: Id(5)] TimeSpan HoldTime,
    [property: Id(6)] TimeSpan StaleTimeout)
{
    /// <summary>A plausible default for a new gauge: Katulampa's levels, 30 cm/10 min, 10 cm, 30 min, 10 min.</summary>
    public static GaugeThresholds Default { get; } =
        new(80, 150, 200, 30, 10, TimeSpan.FromMinutes(30), TimeSpan.FromMinutes(10));

    /// <summary>The lowest level of <paramref name="level"/>'s band; <see cref="GaugeLimits.MinLevelCm"/> for Siaga 4.</summary>
    public double ThresholdOf(SiagaLevel level) => level switch
    {
        SiagaLevel.Siaga3 => Siaga3Cm,
        SiagaLevel.Siaga2 => Siaga2Cm,
        SiagaLevel.Siaga1 => Siaga1Cm,
        _ => GaugeLimits.MinLevelCm,
    };

    /// <summary>The band a level falls in, without hysteresis.</summary>
    public SiagaLevel BandOf(double levelCm) =>
        levelCm >= Siaga1Cm ? SiagaLevel.Siaga1
        : levelCm >= Siaga2Cm ? SiagaLevel.Siaga2
        : levelCm >= Siaga3Cm ? SiagaLevel.Siaga3
        : SiagaLevel.Siaga4;

    /// <summary>
    /// Throws <see cref="ArgumentException"/> whose <c>ParamName</c> is the offending field in camelCase (as in the
    /// JSON body), so the HTTP layer can name it in a problem-details response.
    /// </summary>
    public void Validate()
    {
        RequireLevel(Siaga3Cm, "siaga3Cm");
        RequireLevel(Siaga2Cm, "siaga2Cm");
        RequireLevel(Siaga1Cm, "siaga1Cm");
        if (Siaga2Cm <= Siaga3Cm)
        {
            throw new ArgumentException("Siaga 2 must be above Siaga 3.", "siaga2Cm");
        }

        if (Siaga1Cm <= Siaga2Cm)
        {
            throw new ArgumentException("Siaga 1 must be above Siaga 2.", "siaga1Cm");
        }

        if (!double.IsFinite(RiseAlarmCmPer10Min) || RiseAlarmCmPer10Min <= 0 || RiseAlarmCmPer10Min > 500)
        {
            throw new ArgumentException("Rate-of-rise threshold: more than 0 and at most 500 cm per 10 minutes.", "riseAlarmCmPer10Min");
        }

        // A margin as wide as the gap between two bands would make the upper band impossible to leave sensibly.
        var smallestGap = Math.Min(Siaga2Cm - Siaga3Cm, Siaga1Cm - Siaga2Cm);
        if (!double.IsFinite(HysteresisMarginCm) || HysteresisMarginCm < 0 || HysteresisMarginCm >= smallestGap)
        {
            throw new ArgumentException($"Hysteresis margin: at least 0 and less than the smallest gap between thresholds ({smallestGap} cm).", "hysteresisMarginCm");
        }

        if (HoldTime < TimeSpan.Zero || HoldTime > TimeSpan.FromHours(24))
        {
            throw new ArgumentException("Hold time: between 0 and 24 hours.", "holdTime");
        }

        if (StaleTimeout < TimeSpan.FromMinutes(1) || StaleTimeout > TimeSpan.FromDays(7))
        {
            throw new ArgumentException("Stale timeout: between 1 minute and 7 days.", "staleTimeout");
        }
    }

    private static void RequireLevel(double value, string field)
    {
        if (!double.IsFinite(value) || value < GaugeLimits.MinLevelCm || value > GaugeLimits.MaxLevelCm)
        {
            throw new ArgumentException($"Threshold: a level between {GaugeLimits.MinLevelCm} and {GaugeLimits.MaxLevelCm} cm.", field);
        }
    }
}
