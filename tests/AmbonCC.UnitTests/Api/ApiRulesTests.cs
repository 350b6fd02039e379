using AmbonCC.Web.Api;

namespace AmbonCC.UnitTests.Api;

public sealed class ApiRulesTests
{
    [Theory]
    [InlineData(null, 6, null)]
    [InlineData(null, 24, null)]
    [InlineData(null, 48, "5m")]
    [InlineData(null, 24 * 7, "1h")]
    [InlineData(null, 24 * 90, "1d")]
    [InlineData("1h", 24 * 7, "1h")]
    [InlineData("raw", 2, null)]
    public void History_resolution_keeps_charts_small(string? requested, int hours, string? expected)
    {
        var bucket = ReadingResolution.Choose(requested, TimeSpan.FromHours(hours));
        Assert.Equal(expected, bucket is { } b ? ReadingResolution.Name(b) : null);
    }

    [Fact]
    public void Receipts_name_each_bad_field_by_position()
    {
        var now = new DateTimeOffset(2026, 11, 27, 12, 0, 0, TimeSpan.FromHours(9));
        var errors = ReceiptValidation.Validate(
            [
                new ReceiptInput("W/1/r1", "r1", "delivered", now, null),
                new ReceiptInput(null, "r2", "read", now.AddHours(1), null),
            ],
            now, out var receipts);

        Assert.Single(receipts);
        Assert.Equal(["[1].at", "[1].messageId", "[1].status"], errors.Keys.Order().ToArray());
    }

    [Fact]
    public void Too_many_receipts_are_refused_as_a_whole()
    {
        var now = DateTimeOffset.UtcNow;
        var many = Enumerable.Range(0, ReceiptValidation.MaxBatch + 1).Select(i => new ReceiptInput($"m{i}", "r", "delivered", now, null)).ToList();
        var errors = ReceiptValidation.Validate(many, now, out var receipts);
        Assert.Contains("body", errors.Keys);
        Assert.Empty(receipts);
    }
}
