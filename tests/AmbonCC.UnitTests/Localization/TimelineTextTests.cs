using AmbonCC.City;
using AmbonCC.Incidents;
using AmbonCC.RiverGauges;
using AmbonCC.UnitTests.Warnings;
using AmbonCC.Warnings;
using AmbonCC.Warnings.Cap;
using AmbonCC.Web.Localization;
using AmbonCC.Web.Resources;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace AmbonCC.UnitTests.Localization;

public sealed class TimelineTextTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 27, 5, 0, 0, TimeSpan.Zero);

    private static readonly TimelineText Text = new(
        Texts.For<SharedText>(), Texts.For<IncidentsText>(), Texts.For<WarningsText>(), new CityClock(new FakeTimeProvider(At)), KnownKelurahan());

    private static readonly AlarmView RiseAlarm = new(
        "gauge:PDA-1|rate_of_rise", "gauge:PDA-1", AlarmTexts.RiseType, AlarmSeverity.Major, "Pos Waihoka", true, false,
        At, At, null, null, null, null, null, 1, 1, "INC-1", "river:Wai Batu Merah", AlarmArea.None,
        new Dictionary<string, string>(), At, 1, AlarmTexts.GaugeRise, ["Pos Waihoka", "42", "180"]);

    [Theory]
    [InlineData("id-ID", "Alarm kenaikan cepat (Berat) dari Pos duga air PDA-1: Pos Waihoka: naik cepat 42 cm/10 menit (tinggi 180 cm)", "Sistem")]
    [InlineData("en-US", "rapid rise alarm (Major) from Gauge PDA-1: Pos Waihoka: rising fast 42 cm/10 min (level 180 cm)", "System")]
    public void An_alarm_entry_is_told_in_the_readers_language_without_internal_tokens(string culture, string expected, string system)
    {
        var entry = IncidentRules.AlarmEntry(RiseAlarm, AlarmChangeKind.Raised, null)!.Value.Entry;

        var (line, actor) = Texts.In(culture, () => (Text.Incident(entry), Text.Actor(TimelineCodes.SystemActor)));

        Assert.Equal(expected, line);
        Assert.Equal(system, actor);
        Assert.DoesNotContain("rate_of_rise", line, StringComparison.Ordinal);
        Assert.DoesNotContain("gauge:", line, StringComparison.Ordinal);
        Assert.Equal("", entry.Text);
    }

    [Theory]
    [InlineData("id-ID", "Insiden ditutup: air surut", "Pulih, belum dikonfirmasi")]
    [InlineData("en-US", "Incident closed: air surut", "Cleared, unacknowledged")]
    public void A_coded_entry_keeps_its_free_text_argument_as_written(string culture, string expected, string status)
    {
        var entry = TimelineEntry.Coded(At, "closed", "budi", TimelineCodes.Closed, "air surut");

        Assert.Equal(expected, Texts.In(culture, () => Text.Incident(entry)));
        Assert.Equal(status, Texts.In(culture, () => Texts.For<IncidentsText>()[UiLabels.AlarmStatus(AlarmStatus.ClearedUnacknowledged)].Value));
    }

    [Fact]
    public void An_entry_stored_before_codes_existed_is_shown_as_it_was_written()
    {
        var old = new TimelineEntry(At, "opened", "Insiden dibuka: Banjir Wai Batu Merah", "system");
        var oldNote = new WarningTimelineEntry(At, "20 pesan diantrekan untuk dikirim", "sistem");

        foreach (var culture in Texts.Cultures)
        {
            Assert.Equal(old.Text, Texts.In(culture, () => Text.Incident(old)));
            Assert.Equal(oldNote.Text, Texts.In(culture, () => Text.Warning(oldNote)));
            Assert.NotEqual("sistem", Texts.In(culture, () => Text.Actor(oldNote.Actor)), StringComparer.Ordinal);
        }
    }

    [Theory]
    [InlineData("id-ID", "Draf peringatan menunggu persetujuan Supervisor: air di Pos Waihoka naik cepat (tingkat masih Normal)", "Draf peringatan menunggu persetujuan Supervisor: Pos Waihoka, Siaga 2 (Siaga)")]
    [InlineData("en-US", "Draft warning awaiting a Supervisor's approval: water at Pos Waihoka rising fast (level still normal)", "Draft warning awaiting a Supervisor's approval: Pos Waihoka, Siaga 2 (warning)")]
    public void A_draft_raised_at_normal_says_the_water_rises_fast(string culture, string atNormal, string atSiaga2)
    {
        var normal = new WarningTimelineEntry(At, "", WarningNotes.SystemActor, WarningNotes.DraftAwaitsApproval, ["Pos Waihoka", nameof(SiagaLevel.Siaga4)]);
        var siaga2 = normal with { Args = ["Pos Waihoka", nameof(SiagaLevel.Siaga2)] };

        Assert.Equal(atNormal, Texts.In(culture, () => Text.Warning(normal)));
        Assert.Equal(atSiaga2, Texts.In(culture, () => Text.Warning(siaga2)));
    }

    [Fact]
    public void A_cap_headline_raised_at_normal_never_reads_siaga_4_normal_banjir()
    {
        var facts = FloodFacts.BatuMerah(SiagaLevel.Siaga4, FloodTrend.Rising);

        var indonesian = FloodText.Indonesian(facts, allClear: false).Headline;
        var english = FloodText.English(facts, allClear: false).Headline;

        Assert.DoesNotContain("Siaga 4 (Normal) banjir", indonesian, StringComparison.Ordinal);
        Assert.StartsWith("Waspada kenaikan cepat Wai Batu Merah: air 60 cm, naik 40 cm per 10 menit", indonesian, StringComparison.Ordinal);
        Assert.DoesNotContain("Siaga 4", english, StringComparison.Ordinal);
        Assert.StartsWith("Rapid rise, Wai Batu Merah", english, StringComparison.Ordinal);
        Assert.StartsWith("Siaga 2 (Siaga) banjir", FloodText.Indonesian(FloodFacts.BatuMerah(), allClear: false).Headline, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("id-ID", "Banjir Wai Batu Merah", "Insiden dibuka: Banjir Wai Batu Merah", "Dieskalasi ke Supervisor setelah 10 menit belum dikonfirmasi")]
    [InlineData("en-US", "Flood: Wai Batu Merah", "Incident opened: Flood: Wai Batu Merah", "Escalated to Supervisor after 10 minutes unacknowledged")]
    public void Titles_and_handling_entries_are_codes_told_in_the_readers_language(string culture, string title, string opened, string escalated)
    {
        var summary = new IncidentSummary("INC-1", "Banjir Wai Batu Merah", AlarmSeverity.Major, IncidentStatus.Open, At, null, 1, 1, [], At,
            IncidentTitles.FloodRiver, ["Wai Batu Merah"]);
        var open = TimelineEntry.Coded(At, "opened", "system", TimelineCodes.Opened, "Banjir Wai Batu Merah", IncidentTitles.FloodRiver, "Wai Batu Merah");
        var escalation = TimelineEntry.Coded(At, "escalated", "system", TimelineCodes.Escalated, nameof(EscalationTier.Supervisor), "10", "");
        var legacy = summary with { Title = "Banjir lama", TitleCode = null, TitleArgs = null };

        Assert.Equal(title, Texts.In(culture, () => Text.Title(summary)));
        Assert.Equal(opened, Texts.In(culture, () => Text.Incident(open)));
        Assert.Equal(escalated, Texts.In(culture, () => Text.Incident(escalation)));
        Assert.Equal("Banjir lama", Texts.In(culture, () => Text.Title(legacy)));
        Assert.Equal("unknown.step", Texts.In(culture, () => Text.Step("unknown.step")));
        Assert.NotEqual("flood.call-bpbd", Texts.In(culture, () => Text.Step("flood.call-bpbd")));
    }

    [Theory]
    [InlineData("id-ID")]
    [InlineData("en-US")]
    public void A_citizen_report_title_names_the_kelurahan_instead_of_its_code(string culture)
    {
        var title = Texts.In(culture, () => Text.Title(IncidentTitles.CitizenReport, ["sampah", "81.71.01.1006"], "fallback"));

        Assert.Contains("Batu Merah", title, StringComparison.Ordinal);
        Assert.DoesNotContain("81.71.01.1006", title, StringComparison.Ordinal);
    }

    [Fact]
    public void A_kelurahan_code_the_directory_does_not_know_reads_as_itself() =>
        Assert.Equal("81.71.99.9999", KnownKelurahan().Of("81.71.99.9999"));

    /// <summary>Names remembered now are fresh for ten minutes, so the directory (no grains here) is never asked.</summary>
    private static KelurahanNames KnownKelurahan()
    {
        var names = new KelurahanNames(null!, TimeProvider.System, NullLogger<KelurahanNames>.Instance);
        names.Remember([new Kelurahan("81.71.01.1006", "Batu Merah", KelurahanKind.Desa, "81.71.01", -3.68, 128.19)]);
        return names;
    }
}
