namespace AmbonCC.RiverGauges;

/// <summary>
/// A reading as it arrives in a JSON body, before validation: every field may be missing, and
/// <see cref="ObservedAt"/> stays text so that a time without an offset can be refused rather than guessed.
/// </summary>
public sealed record GaugeReadingInput(long? Seq, string? ObservedAt, double? LevelCm, double? RainfallMm = null)
{
    /// <summary>The input form of an already typed reading (for callers that have one).</summary>
    public static GaugeReadingInput From(GaugeReading reading) =>
        new(reading.Seq, reading.ObservedAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture), reading.LevelCm, reading.RainfallMm);
}
