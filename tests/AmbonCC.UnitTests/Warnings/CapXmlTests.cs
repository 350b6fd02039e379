using System.Xml.Linq;
using AmbonCC.City;
using AmbonCC.Warnings.Cap;

namespace AmbonCC.UnitTests.Warnings;

public class CapXmlTests
{
    [Fact]
    public void Times_are_written_in_WIT_without_Z_or_fractional_seconds()
    {
        var utc = new DateTimeOffset(2026, 1, 15, 5, 20, 7, 345, TimeSpan.Zero);

        Assert.Equal("2026-01-15T14:20:07+09:00", CapFormat.DateTime(CityClock.Ambon().ToCityTime(utc)));
        Assert.Equal("2026-01-15T05:20:07+00:00", CapFormat.DateTime(utc));
        Assert.True(CapFormat.IsDateTime("2026-01-15T14:20:07-00:00"));
        Assert.False(CapFormat.IsDateTime("2026-01-15T05:20:07Z"));
        Assert.False(CapFormat.IsDateTime("2026-01-15T14:20:07.345+09:00"));
    }

    [Fact]
    public void The_alert_is_in_the_CAP_namespace_with_elements_in_schema_order()
    {
        var doc = CapXml.Write(FloodCapMapping.ToAlert(FloodFacts.BatuMerah()));

        Assert.Equal(XName.Get("alert", CapFormat.Namespace), doc.Root!.Name);
        Assert.Equal(
            ["identifier", "sender", "sent", "status", "msgType", "scope", "incidents", "info", "info"],
            doc.Root.Elements().Select(e => e.Name.LocalName));
        Assert.Equal(
            ["language", "category", "event", "responseType", "urgency", "severity", "certainty", "eventCode", "effective", "expires",
             "senderName", "headline", "description", "instruction", "web", "contact", "parameter", "area"],
            doc.Root.Elements().First(e => e.Name.LocalName == "info").Elements().Select(e => e.Name.LocalName).Distinct());
        Assert.Equal("2026-01-15T14:20:00+09:00", doc.Root.Element(FloodCapMappingTests.XmlNs("sent"))!.Value);
    }

    [Fact]
    public void Polygons_are_lat_lon_pairs_separated_by_spaces()
    {
        var xml = CapXml.WriteString(FloodCapMapping.ToAlert(FloodFacts.BatuMerah()));

        Assert.Contains("<polygon>-3.68,128.18 -3.68,128.19 -3.69,128.19 -3.69,128.18 -3.68,128.18</polygon>", xml);
        Assert.Contains("<circle>-3.6905,128.185 1</circle>", xml);
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>", xml);
    }

    [Theory]
    [InlineData("<status>Actual</status>", "<status>actual</status>", "status")]
    [InlineData("<sent>2026-01-15T14:20:00+09:00</sent>", "<sent>2026-01-15T05:20:00Z</sent>", "CAP date-time")]
    [InlineData("<identifier>AMBONCC-FLOOD-2026-0001</identifier>", "", "missing <identifier>")]
    public void Parse_refuses_what_CAP_does_not_allow_and_says_where(string find, string replace, string expected)
    {
        var xml = CapXml.WriteString(FloodCapMapping.ToAlert(FloodFacts.BatuMerah())).Replace(find, replace, StringComparison.Ordinal);

        var ex = Assert.Throws<FormatException>(() => CapXml.Parse(xml));
        Assert.Contains(expected, ex.Message);
    }

    [Fact]
    public void Parse_refuses_a_document_type_definition()
    {
        const string Xml = "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY x \"y\">]><alert xmlns=\"urn:oasis:names:tc:emergency:cap:1.2\"/>";
        Assert.Throws<FormatException>(() => CapXml.Parse(Xml));
    }
}
