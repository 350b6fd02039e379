using AmbonCC.RiverGauges;
using Microsoft.Extensions.Time.Testing;

namespace AmbonCC.UnitTests.RiverGauges;

/// <summary>Drives a classifier the way a gauge does: one reading per step, the fake clock moving with it.</summary>
internal sealed class GaugeScenario
{
    public static readonly DateTimeOffset Start = new(2026, 1, 15, 14, 0, 0, TimeSpan.FromHours(9));

    // Katulampa's levels; 10 cm margin, 30 min hold, 10 min stale timeout, 30 cm/10 min rise alarm.
    public static readonly GaugeThresholds Katulampa =
        new(80, 150, 200, 30, 10, TimeSpan.FromMinutes(30), TimeSpan.FromMinutes(10));

    private long _seq;

    public GaugeScenario(GaugeThresholds? thresholds = null)
    {
        Classifier = new GaugeClassifier(thresholds ?? Katulampa);
    }

    public FakeTimeProvider Time { get; } = new(Start);

    public GaugeClassifier Classifier { get; }

    public List<GaugeChange> Changes { get; } = [];

    public DateTimeOffset Now => Time.GetUtcNow().ToOffset(TimeSpan.FromHours(9));

    /// <summary>Sends a reading observed now, then lets <paramref name="step"/> (default 1 minute) pass.</summary>
    public IReadOnlyList<GaugeChange> Read(double levelCm, TimeSpan? step = null)
    {
        var changes = Classifier.Apply(new GaugeReading(_seq++, Now, levelCm), Now);
        Changes.AddRange(changes);
        Time.Advance(step ?? TimeSpan.FromMinutes(1));
        return changes;
    }

    public void ReadAll(params double[] levels)
    {
        foreach (var level in levels)
        {
            Read(level);
        }
    }

    public IEnumerable<GaugeChange> Of(GaugeChangeKind kind) => Changes.Where(c => c.Kind == kind);
}
