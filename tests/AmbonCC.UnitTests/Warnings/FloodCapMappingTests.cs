using AmbonCC.RiverGauges;
using AmbonCC.Warnings;
using AmbonCC.Warnings.Cap;

namespace AmbonCC.UnitTests.Warnings;

public class FloodCapMappingTests
{
    public static TheoryData<SiagaLevel, FloodTrend, CapMsgType> Cases => new()
    {
        { SiagaLevel.Siaga4, FloodTrend.Rising, CapMsgType.Alert },
        { SiagaLevel.Siaga3, FloodTrend.Steady, CapMsgType.Alert },
        { SiagaLevel.Siaga3, FloodTrend.Rising, CapMsgType.Alert },
        { SiagaLevel.Siaga2, FloodTrend.Rising, CapMsgType.Alert },
        { SiagaLevel.Siaga2, FloodTrend.Falling, CapMsgType.Update },
        { SiagaLevel.Siaga1, FloodTrend.Rising, CapMsgType.Alert },
        { SiagaLevel.Siaga1, FloodTrend.Steady, CapMsgType.Update },
        { SiagaLevel.Siaga4, FloodTrend.Falling, CapMsgType.Cancel },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_mapped_alert_conforms_to_CAP_1_2_and_round_trips(SiagaLevel level, FloodTrend trend, CapMsgType msgType)
    {
        var original = FloodFacts.BatuMerah(level, trend);
        var facts = msgType == CapMsgType.Alert ? original : original with
        {
            Identifier = "AMBONCC-FLOOD-2026-0002",
            Sent = original.Sent.AddMinutes(45),
            MsgType = msgType,
            References = [CapReference.To(FloodCapMapping.ToAlert(original))],
        };

        var alert = FloodCapMapping.ToAlert(facts);
        var xml = CapXml.WriteString(alert);

        var result = CapConformance.Check(xml);
        Assert.True(result.IsValid, result.ToString());
        var parsed = CapXml.Parse(xml);
        Assert.Equal(xml, CapXml.WriteString(parsed));
        Assert.Equal(["id-ID", "en-US"], parsed.Infos.Select(i => i.Language));
    }

    [Theory]
    [InlineData(SiagaLevel.Siaga1, FloodTrend.Steady, CapUrgency.Immediate, CapSeverity.Extreme, CapCertainty.Observed, CapResponseType.Evacuate)]
    [InlineData(SiagaLevel.Siaga2, FloodTrend.Rising, CapUrgency.Immediate, CapSeverity.Severe, CapCertainty.Likely, CapResponseType.Prepare)]
    [InlineData(SiagaLevel.Siaga2, FloodTrend.Steady, CapUrgency.Expected, CapSeverity.Severe, CapCertainty.Likely, CapResponseType.Prepare)]
    [InlineData(SiagaLevel.Siaga3, FloodTrend.Steady, CapUrgency.Expected, CapSeverity.Moderate, CapCertainty.Possible, CapResponseType.Monitor)]
    [InlineData(SiagaLevel.Siaga4, FloodTrend.Rising, CapUrgency.Future, CapSeverity.Minor, CapCertainty.Possible, CapResponseType.Monitor)]
    [InlineData(SiagaLevel.Siaga4, FloodTrend.Falling, CapUrgency.Past, CapSeverity.Minor, CapCertainty.Observed, CapResponseType.AllClear)]
    public void Level_and_trend_map_to_urgency_severity_certainty(
        SiagaLevel level, FloodTrend trend, CapUrgency urgency, CapSeverity severity, CapCertainty certainty, CapResponseType response)
    {
        var a = FloodCapMapping.Assess(level, trend);
        Assert.Equal((urgency, severity, certainty, response), (a.Urgency, a.Severity, a.Certainty, a.Responses[0]));
    }

    [Fact]
    public void Indonesian_text_names_river_level_trend_and_kelurahan()
    {
        var info = FloodCapMapping.ToAlert(FloodFacts.BatuMerah()).Infos[0];

        Assert.Equal("Siaga 2 (Siaga) banjir Wai Batu Merah: air 158 cm, naik 40 cm per 10 menit", info.Headline);
        Assert.Contains("Batu Merah dan Rijali", info.Description);
        Assert.Contains("15 Januari 2026 pukul 14:19 WIT", info.Description);
        Assert.Contains("bersiap mengungsi", info.Instruction);
        Assert.Equal([CapCategory.Met], info.Categories);
        Assert.Equal(FloodFacts.Sent.AddHours(6), info.Expires);
        Assert.Contains(new CapValue("SiagaLevel", "2"), info.Parameters);
        Assert.Contains(new CapValue("RateOfRiseCmPer10Min", "40"), info.Parameters);
    }

    [Fact]
    public void Areas_carry_the_Kemendagri_geocode_and_a_polygon_or_a_circle()
    {
        var areas = FloodCapMapping.ToAlert(FloodFacts.BatuMerah()).Infos[0].Areas;

        Assert.Equal(new CapValue("KEMENDAGRI", "81.71.02.2003"), Assert.Single(areas[0].Geocodes));
        Assert.Equal(5, Assert.Single(areas[0].Polygons).Points.Count);
        Assert.Equal(1, Assert.Single(areas[1].Circles).RadiusKm);
    }

    [Fact]
    public void A_cancel_is_an_all_clear_with_references_written_as_triples()
    {
        var first = FloodCapMapping.ToAlert(FloodFacts.BatuMerah());
        var cancel = FloodCapMapping.ToAlert(FloodFacts.BatuMerah(SiagaLevel.Siaga4, FloodTrend.Falling) with
        {
            Identifier = "AMBONCC-FLOOD-2026-0003",
            MsgType = CapMsgType.Cancel,
            References = [CapReference.To(first), new("bmkg@bmkg.go.id", "CAP-42", FloodFacts.Sent.AddHours(-1))],
        });

        var xml = CapXml.Write(cancel);
        Assert.Equal(
            "diskominfosandi@ambon.go.id,AMBONCC-FLOOD-2026-0001,2026-01-15T14:20:00+09:00 bmkg@bmkg.go.id,CAP-42,2026-01-15T13:20:00+09:00",
            xml.Root!.Element(XmlNs("references"))!.Value);
        Assert.Equal(CapResponseType.AllClear, cancel.Infos[0].ResponseTypes.Single());
        Assert.Equal("Peringatan banjir Wai Batu Merah dicabut", cancel.Infos[0].Headline);
    }

    internal static System.Xml.Linq.XName XmlNs(string local) => System.Xml.Linq.XName.Get(local, CapFormat.Namespace);
}
