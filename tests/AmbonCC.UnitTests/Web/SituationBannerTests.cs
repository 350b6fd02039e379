using AmbonCC.RiverGauges;
using AmbonCC.Web.Components.Layout;

namespace AmbonCC.UnitTests.Web;

public sealed class SituationBannerTests
{
    [Fact]
    public void The_banner_names_each_river_at_siaga_2_or_worse_once_by_its_worst_gauge_worst_first()
    {
        GaugeStatus[] gauges =
        [
            Gauge("A-1", "Wai A", SiagaLevel.Siaga2, 160),
            Gauge("A-2", "Wai A", SiagaLevel.Siaga1, 230),
            Gauge("B-1", "Wai B", SiagaLevel.Siaga3, 100),
            Gauge("C-1", "Wai C", SiagaLevel.Siaga2, 150),
            Gauge("D-1", "Wai D", SiagaLevel.Siaga4, 40),
        ];

        var shown = SituationBanner.WorstPerRiver(gauges);

        Assert.Equal(["A-2", "C-1"], shown.Select(g => g.Code));
        Assert.Empty(SituationBanner.WorstPerRiver([Gauge("B-1", "Wai B", SiagaLevel.Siaga3, 100)]));
    }

    private static GaugeStatus Gauge(string code, string river, SiagaLevel band, double level) =>
        new(code, code, river, -3.7, 128.2, band, level, null, null, false, false, GaugeThresholds.Default, false, 1);
}
