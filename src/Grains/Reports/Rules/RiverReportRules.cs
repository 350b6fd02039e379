using System.Collections.Immutable;
using AmbonCC.RiverGauges;
using AmbonCC.Warnings;
using AmbonCC.Warnings.Cap;

namespace AmbonCC.Reports;

/// <summary>The rivers' figures of a window, from the gauges' readings and the warnings sent.</summary>
internal static class RiverReportRules
{
    /// <summary>A gauge, its thresholds and its reading buckets inside the window.</summary>
    public sealed record GaugeInput(string Code, string Name, string River, GaugeThresholds Thresholds, IReadOnlyList<GaugeReadingBucket> Buckets);

    public static RiverFigures Compute(ReportWindow window, IEnumerable<GaugeInput> gauges, IEnumerable<WarningView> warnings)
    {
        var peaks = gauges
            .Select(g =>
            {
                var inWindow = g.Buckets.Where(b => window.Contains(b.Start)).ToList();
                double? peak = inWindow.Count > 0 ? inWindow.Max(b => b.MaxLevelCm) : null;
                return new GaugePeak(g.Code, g.Name, g.River, peak, peak is { } p ? BandOf(p, g.Thresholds) : SiagaLevel.Siaga4);
            })
            .OrderBy(p => p.River, StringComparer.Ordinal).ThenBy(p => p.Code, StringComparer.Ordinal)
            .ToImmutableArray();

        var issued = 0;
        var mustAck = 0;
        var acked = 0;
        foreach (var warning in warnings)
        {
            // Every Alert or Update sent counts as a warning issued; a Cancel ends one and is not a warning.
            issued += warning.Messages.Count(m => m.MsgType != CapMsgType.Cancel && window.Contains(m.Sent));
            foreach (var r in warning.Recipients.Where(r => EscalationPolicy.MustAcknowledge(r.Role) && window.Contains(r.QueuedAt)))
            {
                mustAck++;
                if (r.AcknowledgedAt is { } at && at < window.To)
                {
                    acked++;
                }
            }
        }

        return new RiverFigures(peaks, issued, mustAck, acked);
    }

    /// <summary>The band a level falls in by the thresholds alone (the report's peak is not subject to hysteresis).</summary>
    public static SiagaLevel BandOf(double levelCm, GaugeThresholds t) =>
        levelCm >= t.Siaga1Cm ? SiagaLevel.Siaga1
        : levelCm >= t.Siaga2Cm ? SiagaLevel.Siaga2
        : levelCm >= t.Siaga3Cm ? SiagaLevel.Siaga3
        : SiagaLevel.Siaga4;
}
