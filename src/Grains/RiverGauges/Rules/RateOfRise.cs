namespace AmbonCC.RiverGauges;

/// <summary>Rate of rise over the recent window of readings.</summary>
public static class RateOfRise
{
    /// <summary>The window the rate is computed over.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(10);

    /// <summary>The readings must span at least this long, or two noisy readings a minute apart would alarm.</summary>
    public static readonly TimeSpan MinSpan = TimeSpan.FromMinutes(4);

    /// <summary>
    /// The least-squares slope of level over time for the readings within <see cref="Window"/> of the newest one,
    /// in cm per 10 minutes; null when they span less than <see cref="MinSpan"/>. A fitted slope rather than
    /// last-minus-first keeps a single noisy reading at either end from raising or clearing the alarm.
    /// </summary>
    /// <param name="ordered">Readings ordered by observedAt, oldest first.</param>
    public static double? CmPer10Min(IReadOnlyList<GaugeReading> ordered)
    {
        if (ordered.Count < 2)
        {
            return null;
        }

        var newest = ordered[^1].ObservedAt;
        var from = newest - Window;
        int start = ordered.Count - 1;
        while (start > 0 && ordered[start - 1].ObservedAt >= from)
        {
            start--;
        }

        if (newest - ordered[start].ObservedAt < MinSpan)
        {
            return null;
        }

        // Seconds relative to the newest reading keep the sums small and precise.
        double n = 0, sumX = 0, sumY = 0, sumXx = 0, sumXy = 0;
        for (int i = start; i < ordered.Count; i++)
        {
            double x = (ordered[i].ObservedAt - newest).TotalSeconds;
            double y = ordered[i].LevelCm;
            n++;
            sumX += x;
            sumY += y;
            sumXx += x * x;
            sumXy += x * y;
        }

        double denominator = (n * sumXx) - (sumX * sumX);
        if (denominator <= 0)
        {
            return null;
        }

        double cmPerSecond = ((n * sumXy) - (sumX * sumY)) / denominator;
        return cmPerSecond * Window.TotalSeconds;
    }
}
