using AmbonCC.Complaints;
using AmbonCC.Web.Api;

namespace AmbonCC.UnitTests.Api;

public sealed class QueryParametersTests
{
    [Theory]
    [InlineData("Open311", ComplaintChannel.Open311)]
    [InlineData("open311", ComplaintChannel.Open311)]
    [InlineData("LIVECHAT", ComplaintChannel.LiveChat)]
    public void A_member_is_found_by_its_name_in_any_case(string value, ComplaintChannel expected)
    {
        Assert.True(QueryParameters.TryName<ComplaintChannel>(value, out var channel));
        Assert.Equal(expected, channel);
    }

    [Theory]
    [InlineData("3")] // a member's value
    [InlineData("-1")]
    [InlineData("Open311,Operator")] // Enum.TryParse or-s these into 7, which no member has
    [InlineData("OpdWebsite, SocialMedia")] // ... or into 3, another member than either
    [InlineData(" Open311")]
    [InlineData("")]
    [InlineData(null)]
    public void Numbers_lists_and_padded_names_are_not_names(string? value)
    {
        Assert.False(QueryParameters.TryName<ComplaintChannel>(value, out _));
    }

    [Fact]
    public void An_absent_value_is_no_filter_and_a_bad_one_names_its_field()
    {
        Assert.True(QueryParameters.TryEnum<ComplaintStatus>(null, "status", out var none, out _));
        Assert.Null(none);
        Assert.False(QueryParameters.TryEnum<ComplaintStatus>("Received,Closed", "status", out _, out var error));
        Assert.Equal("status", error.Field);
        Assert.Contains("received", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("False", false)]
    public void Booleans_are_true_or_false(string value, bool expected)
    {
        Assert.True(QueryParameters.TryBool(value, "open", out var parsed, out _));
        Assert.Equal(expected, parsed);
    }

    [Theory]
    [InlineData("ya")]
    [InlineData("1")]
    public void Other_words_are_not_booleans(string value)
    {
        Assert.False(QueryParameters.TryBool(value, "open", out _, out var error));
        Assert.Equal("open", error.Field);
    }

    [Theory]
    [InlineData("0", true)]
    [InlineData("1000", true)]
    [InlineData("1001", false)]
    [InlineData("-1", false)]
    [InlineData(" 5", false)]
    [InlineData("1,000", false)]
    [InlineData("1e3", false)]
    [InlineData("99999999999", false)]
    public void Whole_numbers_are_plain_and_in_range(string value, bool accepted)
    {
        Assert.Equal(accepted, QueryParameters.TryInt(value, "limit", 0, 1000, out _, out _));
    }

    [Theory]
    [InlineData("81.71.01.1006", true)]
    [InlineData("P-2-0001.81.71", true)]
    [InlineData("81.71 01", false)]
    [InlineData("<script>", false)]
    public void Codes_are_letters_digits_dots_and_dashes(string value, bool accepted)
    {
        Assert.Equal(accepted, QueryParameters.TryCode(value, "kelurahan", out _, out _));
        Assert.False(QueryParameters.TryCode(new string('1', QueryParameters.MaxCodeLength + 1), "kelurahan", out _, out _));
    }
}
