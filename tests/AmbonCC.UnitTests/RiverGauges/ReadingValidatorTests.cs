using AmbonCC.RiverGauges;

namespace AmbonCC.UnitTests.RiverGauges;

public class ReadingValidatorTests
{
    private static readonly DateTimeOffset Now = GaugeScenario.Start;

    private static GaugeReadingInput Good(long seq = 1) => new(seq, "2026-01-15T13:59:00+09:00", 120.5, 2.5);

    [Fact]
    public void A_good_batch_passes_and_comes_back_typed()
    {
        var errors = ReadingValidator.ValidateBatch([Good(1), Good(2) with { ObservedAt = "2026-01-15T04:59:30Z" }], Now, out var readings);

        Assert.Empty(errors);
        Assert.Equal(2, readings.Count);
        Assert.Equal(new DateTimeOffset(2026, 1, 15, 13, 59, 30, TimeSpan.FromHours(9)), readings[1].ObservedAt);
    }

    [Theory]
    [InlineData(-101.0, "[0].levelCm")]
    [InlineData(2000.1, "[0].levelCm")]
    [InlineData(double.NaN, "[0].levelCm")]
    [InlineData(double.PositiveInfinity, "[0].levelCm")]
    public void Implausible_levels_name_the_field(double level, string field)
    {
        var errors = ReadingValidator.ValidateBatch([Good() with { LevelCm = level }], Now, out var readings);

        Assert.Equal([field], errors.Keys);
        Assert.Empty(readings);
    }

    [Theory]
    [InlineData(null, 1.0, "2026-01-15T13:59:00+09:00", "[1].seq")]
    [InlineData(-1L, 1.0, "2026-01-15T13:59:00+09:00", "[1].seq")]
    [InlineData(5L, null, "2026-01-15T13:59:00+09:00", "[1].levelCm")]
    [InlineData(5L, 1.0, null, "[1].observedAt")]
    [InlineData(5L, 1.0, "2026-01-15T13:59:00", "[1].observedAt")]
    [InlineData(5L, 1.0, "kemarin", "[1].observedAt")]
    [InlineData(5L, 1.0, "2026-01-15T14:05:01+09:00", "[1].observedAt")]
    [InlineData(5L, 1.0, "2026-01-08T13:59:00+09:00", "[1].observedAt")]
    public void Bad_fields_are_named_with_their_index(long? seq, double? level, string? observedAt, string field)
    {
        var errors = ReadingValidator.ValidateBatch([Good(), new GaugeReadingInput(seq, observedAt, level)], Now, out _);

        Assert.Equal([field], errors.Keys);
    }

    [Fact]
    public void Five_minutes_ahead_is_still_accepted_as_clock_drift()
    {
        var reading = new GaugeReading(1, Now.AddMinutes(5), 10);
        Assert.Empty(ReadingValidator.Validate(reading, Now));
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(500.1)]
    public void Rainfall_out_of_range_is_named(double rain)
    {
        var errors = ReadingValidator.Validate(new GaugeReading(1, Now, 10, rain), Now);
        Assert.Equal(["rainfallMm"], errors.Keys);
    }

    [Fact]
    public void A_missing_reading_object_is_named()
    {
        var errors = ReadingValidator.ValidateBatch([Good(), null], Now, out _);
        Assert.Equal(["[1]"], errors.Keys);
    }

    [Fact]
    public void Batch_size_is_limited()
    {
        var tooMany = Enumerable.Range(0, GaugeLimits.MaxBatchSize + 1).Select(i => (GaugeReadingInput?)Good(i)).ToList();

        Assert.Equal(["$"], ReadingValidator.ValidateBatch(tooMany, Now, out _).Keys);
        Assert.Equal(["$"], ReadingValidator.ValidateBatch([], Now, out _).Keys);
        Assert.Empty(ReadingValidator.ValidateBatch(tooMany.Take(GaugeLimits.MaxBatchSize).ToList(), Now, out _));
    }

    [Fact]
    public void A_repeated_seq_is_fine_if_identical_and_an_error_if_not()
    {
        Assert.Empty(ReadingValidator.ValidateBatch([Good(3), Good(3)], Now, out var readings));
        Assert.Equal(2, readings.Count);

        var errors = ReadingValidator.ValidateBatch([Good(3), Good(3) with { LevelCm = 99 }], Now, out _);
        Assert.Equal(["[1].seq"], errors.Keys);
    }

    [Fact]
    public void Several_errors_are_all_reported()
    {
        var errors = ReadingValidator.ValidateBatch([new GaugeReadingInput(null, null, null), Good() with { LevelCm = 5000 }], Now, out _);

        Assert.Equal(["[0].levelCm", "[0].observedAt", "[0].seq", "[1].levelCm"], errors.Keys.Order());
    }
}
