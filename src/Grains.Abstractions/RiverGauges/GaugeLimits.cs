namespace AmbonCC.RiverGauges;

/// <summary>
/// Physical and protocol limits shared by ingest validation and threshold validation, so that a threshold can
/// never be set to a level no reading could ever reach.
/// </summary>
public static class GaugeLimits
{
    /// <summary>Lowest plausible level in cm above gauge zero (a gauge zero can sit above low water).</summary>
    public const double MinLevelCm = -100;

    /// <summary>Highest plausible level in cm; 20 m is beyond any river gauge in the city.</summary>
    public const double MaxLevelCm = 2000;

    /// <summary>Highest plausible rainfall per reading in mm (well above any recorded hourly total).</summary>
    public const double MaxRainfallMm = 500;

    /// <summary>How far ahead of the server clock a reading may be stamped (device clock drift).</summary>
    public static readonly TimeSpan MaxFutureSkew = TimeSpan.FromMinutes(5);

    /// <summary>How old a reading may be: a device may backfill after an outage, but not forever.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromDays(7);

    /// <summary>Most readings accepted in one ingest call.</summary>
    public const int MaxBatchSize = 500;
}
