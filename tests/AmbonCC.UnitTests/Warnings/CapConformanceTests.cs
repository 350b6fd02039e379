using System.Xml.Linq;
using AmbonCC.Warnings.Cap;

namespace AmbonCC.UnitTests.Warnings;

/// <summary>A conformant alert, broken one way at a time, must fail with a reason that names what is wrong.</summary>
public class CapConformanceTests
{
    private static string Good() => CapXml.WriteString(FloodCapMapping.ToAlert(FloodFacts.BatuMerah()));

    private static string Break(string find, string replace)
    {
        var good = Good();
        Assert.Contains(find, good);
        var index = good.IndexOf(find, StringComparison.Ordinal);
        return string.Concat(good.AsSpan(0, index), replace, good.AsSpan(index + find.Length));
    }

    [Fact]
    public void The_reference_alert_is_conformant() => Assert.True(CapConformance.Check(Good()).IsValid);

    [Theory]
    [InlineData("<identifier>AMBONCC-FLOOD-2026-0001</identifier>", "", "alert: required element <identifier> is missing")]
    [InlineData("<scope>Public</scope>", "", "alert: required element <scope> is missing")]
    [InlineData("<status>Actual</status>", "<status>Real</status>", "alert/status[1]: 'Real' is not a CAP 1.2 status")]
    [InlineData("<msgType>Alert</msgType>", "<msgType>Warning</msgType>", "'Warning' is not a CAP 1.2 msgType")]
    [InlineData("<scope>Public</scope>", "<scope>Everyone</scope>", "'Everyone' is not a CAP 1.2 scope")]
    [InlineData("<category>Met</category>", "<category>Flood</category>", "alert/info[1]/category[1]: 'Flood' is not a CAP 1.2 category")]
    [InlineData("<category>Met</category>", "", "alert/info[1]: required element <category> is missing")]
    [InlineData("<event>Banjir</event>", "", "alert/info[1]: required element <event> is missing")]
    [InlineData("<urgency>Immediate</urgency>", "<urgency>Soon</urgency>", "'Soon' is not a CAP 1.2 urgency")]
    [InlineData("<severity>Severe</severity>", "<severity>High</severity>", "'High' is not a CAP 1.2 severity")]
    [InlineData("<certainty>Likely</certainty>", "<certainty>Very Likely</certainty>", "'Very Likely' is not a CAP 1.2 certainty")]
    [InlineData("<responseType>Prepare</responseType>", "<responseType>Run</responseType>", "'Run' is not a CAP 1.2 responseType")]
    [InlineData("<areaDesc>Kelurahan/Negeri Batu Merah, Kota Ambon</areaDesc>", "", "alert/info[1]/area[1]: required element <areaDesc> is missing")]
    [InlineData("<sent>2026-01-15T14:20:00+09:00</sent>", "<sent>2026-01-15T05:20:00Z</sent>", "alert/sent[1]: '2026-01-15T05:20:00Z' is not a CAP date-time")]
    [InlineData("<sent>2026-01-15T14:20:00+09:00</sent>", "<sent>2026-01-15T14:20:00.5+09:00</sent>", "is not a CAP date-time")]
    [InlineData("<expires>2026-01-15T20:20:00+09:00</expires>", "<expires>15/01/2026 20:20</expires>", "alert/info[1]/expires[1]")]
    [InlineData("<identifier>AMBONCC-FLOOD-2026-0001</identifier>", "<identifier>AMBONCC FLOOD</identifier>", "alert/identifier[1]: 'AMBONCC FLOOD' must not contain spaces, commas")]
    [InlineData("<sender>diskominfosandi@ambon.go.id</sender>", "<sender>a,b</sender>", "alert/sender[1]: 'a,b' must not contain")]
    [InlineData("<identifier>AMBONCC-FLOOD-2026-0001</identifier>", "<identifier>A&amp;B</identifier>", "must not contain spaces, commas, '<' or '&'")]
    [InlineData("<msgType>Alert</msgType>", "<msgType>Update</msgType>", "msgType Update requires <references>")]
    [InlineData("<msgType>Alert</msgType>", "<msgType>Cancel</msgType>", "msgType Cancel requires <references>")]
    [InlineData("<scope>Public</scope>", "<scope>Restricted</scope>", "scope Restricted requires <restriction>")]
    [InlineData("<scope>Public</scope>", "<scope>Private</scope>", "scope Private requires <addresses>")]
    [InlineData(" -3.68,128.18</polygon>", " -3.70,128.18</polygon>", "is not closed: the first pair must equal the last")]
    [InlineData("-3.68,128.18 -3.68,128.19 -3.69,128.19 -3.69,128.18 -3.68,128.18", "-3.68,128.18 -3.68,128.19 -3.68,128.18", "has 3 points; a polygon needs at least 4")]
    [InlineData("-3.68,128.18 -3.68,128.19", "-3.68;128.18 -3.68,128.19", "is not 'lat,lon' in WGS 84 range")]
    [InlineData("<circle>-3.6905,128.185 1</circle>", "<circle>-3.6905,128.185</circle>", "is not 'lat,lon radius'")]
    [InlineData("<language>id-ID</language>", "<language>Bahasa Indonesia</language>", "is not a language tag")]
    [InlineData("<incidents>", "<ringkasan>x</ringkasan><incidents>", "<{urn:oasis:names:tc:emergency:cap:1.2}ringkasan> is not a CAP 1.2 element of <alert>")]
    [InlineData("<scope>Public</scope>", "<scope>Public</scope><scope>Public</scope>", "alert: <scope> appears 2 times; at most 1 allowed")]
    [InlineData("<valueName>KEMENDAGRI</valueName>", "", "alert/info[1]/area[1]/geocode[1]: required element <valueName> is missing")]
    [InlineData("xmlns=\"urn:oasis:names:tc:emergency:cap:1.2\"", "xmlns=\"urn:oasis:names:tc:emergency:cap:1.1\"", "the root element must be <alert> in namespace urn:oasis:names:tc:emergency:cap:1.2")]
    public void A_broken_alert_fails_with_a_clear_reason(string find, string replace, string reason)
    {
        var result = CapConformance.Check(Break(find, replace));

        Assert.False(result.IsValid);
        Assert.Contains(result.Errors, e => e.Contains(reason, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("alert", "status", "msgType", "alert: <status> is out of order: it must come before <msgType>")]
    [InlineData("info", "urgency", "severity", "alert/info[1]: <urgency> is out of order: it must come before <severity>")]
    [InlineData("area", "areaDesc", "polygon", "alert/info[1]/area[1]: <areaDesc> is out of order: it must come before <polygon>")]
    public void Elements_out_of_schema_order_fail(string parent, string first, string second, string reason)
    {
        var doc = XDocument.Parse(Good());
        XName Cap(string local) => XName.Get(local, CapFormat.Namespace);
        var container = doc.Root!.DescendantsAndSelf(Cap(parent)).First();
        var a = container.Element(Cap(first))!;
        var b = container.Element(Cap(second))!;
        a.Remove();
        b.AddAfterSelf(a);

        var result = CapConformance.Check(doc);
        Assert.Contains(result.Errors, e => e.Contains(reason, StringComparison.Ordinal));
    }

    [Fact]
    public void References_must_be_triples()
    {
        var xml = Break("<msgType>Alert</msgType>", "<msgType>Update</msgType>")
            .Replace("<incidents>", "<references>sender,id-only</references><incidents>", StringComparison.Ordinal);

        var result = CapConformance.Check(xml);
        Assert.Contains(result.Errors, e => e.Contains("'sender,id-only', which is not a sender,identifier,sent triple", StringComparison.Ordinal));
    }

    [Fact]
    public void Restricted_and_private_alerts_with_their_fields_pass()
    {
        var restricted = Break("<scope>Public</scope>", "<scope>Restricted</scope><restriction>BPBD only</restriction>");
        var privateAlert = Break("<scope>Public</scope>", "<scope>Private</scope><addresses>bpbd@ambon.go.id</addresses>");

        Assert.True(CapConformance.Check(restricted).IsValid, CapConformance.Check(restricted).ToString());
        Assert.True(CapConformance.Check(privateAlert).IsValid);
    }

    [Fact]
    public void Malformed_xml_is_reported_not_thrown()
    {
        var result = CapConformance.Check("<alert>");
        Assert.StartsWith("document: not well-formed XML", Assert.Single(result.Errors));
    }
}
