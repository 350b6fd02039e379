using AmbonCC.Platform;
using AmbonCC.Web.Api;

namespace AmbonCC.UnitTests.Warnings;

public sealed class XmlTextTests
{
    [Theory]
    [InlineData("Wai Batu\u0001 Merah", 8)]
    [InlineData("\u0000", 0)]
    [InlineData("abc\uFFFE", 3)]
    [InlineData("abc\uFFFF", 3)]
    [InlineData("bell\u001F", 4)]
    public void Characters_xml_cannot_carry_are_found(string text, int index) => Assert.Equal(index, XmlText.FirstInvalid(text));

    [Theory]
    [InlineData(0xD800)]
    [InlineData(0xDBFF)]
    [InlineData(0xDC00)]
    public void A_lone_surrogate_is_found(int surrogate)
    {
        // Built at run time: an attribute argument cannot hold a lone surrogate (it is stored as U+FFFD).
        Assert.Equal(5, XmlText.FirstInvalid("lone " + (char)surrogate + " x"));
        Assert.Equal(5, XmlText.FirstInvalid("lone " + (char)surrogate));
    }

    [Theory]
    [InlineData("Wai Batu Merah")]
    [InlineData("tab\tcr\rlf\n")]
    [InlineData("emoji \U0001F30A pair")]
    [InlineData("")]
    public void Ordinary_text_passes(string text) => Assert.True(XmlText.IsValid(text));

    [Fact]
    public void Require_names_the_field()
    {
        var ex = Assert.Throws<ArgumentException>(() => XmlText.Require("x\u0001", "riverName"));
        Assert.Equal("riverName", ex.ParamName);
    }

    [Theory]
    [InlineData("Pos\u0001", "Wai Uji", "name")]
    [InlineData("Pos uji", "Wai\u0000Uji", "riverName")]
    public void A_gauge_registration_with_a_control_character_is_refused_naming_the_field(string name, string river, string field)
    {
        var registration = new GaugeRegistration("TEST-1", name, river, "81.71.01.1006", -3.69, 128.18, ["81.71.01.1006"],
            new ThresholdRequest(80, 130, 180, 30, 10, 30, 10, false));

        var errors = GaugeRegistration.Validate(registration, new HashSet<string> { "81.71.01.1006" });

        Assert.Equal([field], errors.Keys.ToArray());
    }
}
