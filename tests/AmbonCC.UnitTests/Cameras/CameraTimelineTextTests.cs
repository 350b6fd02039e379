using AmbonCC.Cameras;
using AmbonCC.City;
using AmbonCC.UnitTests.Localization;
using AmbonCC.Web.Cameras;
using AmbonCC.Web.Resources;

namespace AmbonCC.UnitTests.Cameras;

/// <summary>Timeline lines are a code and arguments, rendered in the reader's language with times in city time.</summary>
public sealed class CameraTimelineTextTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 2, 1, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("id-ID", "Legal hold EV-1: rekaman 01/12/2026 21:00 WIT – 01/12/2026 22:30 WIT disimpan melewati retensi")]
    [InlineData("en-US", "Legal hold EV-1: footage 01/12/2026 21:00 WIT – 01/12/2026 22:30 WIT kept past retention")]
    public void An_evidence_hold_reads_in_the_readers_language_in_city_time(string culture, string expected)
    {
        var entry = new CameraTimelineEntry(At, "evidence-hold", "stored Indonesian text",
            ["EV-1", "2026-12-01T12:00:00.0000000+00:00", "2026-12-01T13:30:00.0000000+00:00"]);

        var line = Texts.In(culture, () => Texts.For<CamerasText>().Line(entry, CityClock.Ambon()));

        Assert.Equal(expected, line);
    }

    [Fact]
    public void Analytics_labels_are_translated_and_lines_without_arguments_keep_their_text()
    {
        var evt = new CameraTimelineEntry(At, "event", "Kemacetan (skor 0.90)", ["traffic_jam", "0.90"]);
        var old = new CameraTimelineEntry(At, "event", "Kemacetan (skor 0.90)");

        Assert.Equal("Analytics: Traffic jam (score 0.90)", Texts.In("en-US", () => Texts.For<CamerasText>().Line(evt, CityClock.Ambon())));
        Assert.Equal("Kemacetan (skor 0.90)", Texts.In("en-US", () => Texts.For<CamerasText>().Line(old, CityClock.Ambon())));
    }
}
