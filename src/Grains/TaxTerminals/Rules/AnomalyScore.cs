namespace AmbonCC.TaxTerminals;

/// <summary>
/// Ranks taxpayers for the officers' queue: each finding counts its weight, halved every
/// <see cref="TaxRuleOptions.ScoreHalfLife"/>, so fresh and serious findings rise and old ones sink.
/// </summary>
public static class AnomalyScore
{
    public static double Of(IEnumerable<TaxFinding> findings, DateTimeOffset now, TaxRuleOptions options)
    {
        var halfLife = options.ScoreHalfLife.TotalSeconds;
        return findings.Sum(f =>
        {
            var age = Math.Max(0, (now - f.At).TotalSeconds);
            return f.Weight * Math.Pow(0.5, age / halfLife);
        });
    }
}
