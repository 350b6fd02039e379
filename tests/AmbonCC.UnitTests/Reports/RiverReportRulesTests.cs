using AmbonCC.Reports;
using AmbonCC.RiverGauges;
using AmbonCC.Warnings;
using AmbonCC.Warnings.Cap;
using static AmbonCC.UnitTests.Reports.ReportTestData;

namespace AmbonCC.UnitTests.Reports;

public sealed class RiverReportRulesTests
{
    private static readonly GaugeThresholds Thresholds = new(80, 150, 200, 10, 5, TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(15));

    private static GaugeReadingBucket Bucket(double hour, double max) => new(H(hour), max - 10, max, max - 5, max - 2, 12, null);

    [Fact]
    public void Peak_is_the_highest_bucket_inside_the_window_and_its_band_by_thresholds()
    {
        var gauges = new[]
        {
            new RiverReportRules.GaugeInput("G1", "Batu Merah", "Wai Batu Merah", Thresholds, [Bucket(-1, 250), Bucket(2, 120), Bucket(5, 160), Bucket(23, 90)]),
            new RiverReportRules.GaugeInput("G2", "Tomu", "Wai Tomu", Thresholds, [Bucket(24, 210)]),
        };

        var figures = RiverReportRules.Compute(Window, gauges, []);

        var g1 = figures.Gauges.Single(g => g.Code == "G1");
        Assert.Equal(160, g1.PeakCm); // 250 was before the window
        Assert.Equal(SiagaLevel.Siaga2, g1.Band);
        var g2 = figures.Gauges.Single(g => g.Code == "G2");
        Assert.Null(g2.PeakCm); // 24 h after the start is the next window
        Assert.Equal(SiagaLevel.Siaga4, g2.Band);
    }

    [Theory]
    [InlineData(79.9, SiagaLevel.Siaga4)]
    [InlineData(80, SiagaLevel.Siaga3)]
    [InlineData(150, SiagaLevel.Siaga2)]
    [InlineData(200, SiagaLevel.Siaga1)]
    public void Band_boundaries(double level, SiagaLevel band) => Assert.Equal(band, RiverReportRules.BandOf(level, Thresholds));

    [Fact]
    public void Warnings_and_acknowledgement_rate_count_only_what_was_sent_in_the_window_to_must_ack_roles()
    {
        var warning = new WarningView("W1", "Wai Batu Merah", "G1", WarningState.Active, false,
            [Msg(1, CapMsgType.Alert, H(3)), Msg(2, CapMsgType.Update, H(5)), Msg(3, CapMsgType.Cancel, H(9)), Msg(0, CapMsgType.Alert, H(-2))],
            null,
            [
                Recipient("rt1", "rt", H(3), H(3.2)),
                Recipient("rt2", "rt", H(3), null),
                Recipient("lurah", "lurah", H(4), H(30)), // acknowledged after the window: not counted
                Recipient("bpbd", "bpbd", H(3), H(3.5)),
                Recipient("social", "social", H(3), null), // a public post needs no acknowledgement
                Recipient("old", "rt", H(-3), H(-2)), // queued before the window
            ],
            [], H(3), SiagaLevel.Siaga2, null);

        var figures = RiverReportRules.Compute(Window, [], [warning]);

        Assert.Equal(2, figures.WarningsIssued);
        Assert.Equal(4, figures.MustAcknowledge);
        Assert.Equal(2, figures.Acknowledged);
        Assert.Equal(0.5, figures.AcknowledgementRate);
    }

    [Fact]
    public void No_recipients_means_no_rate() => Assert.Null(RiverReportRules.Compute(Window, [], []).AcknowledgementRate);

    private static CapMessageView Msg(int n, CapMsgType type, DateTimeOffset sent) => new(n, type, "id" + n, sent, SiagaLevel.Siaga2, 160, "h", "sup");

    private static RecipientDeliveryView Recipient(string id, string role, DateTimeOffset queued, DateTimeOffset? acked) =>
        new(id, id, role, "8171011001", "sms", "+62", acked is null ? DeliveryState.Delivered : DeliveryState.Acknowledged, queued, queued, queued, acked, null, false, null);
}
