using AmbonCC.Platform.Outbox;
using AmbonCC.Silo.Outbox;

namespace AmbonCC.UnitTests.Outbox;

public sealed class OutboxCorrelationTests
{
    [Fact]
    public void A_correlation_round_trips_through_its_column_even_with_separators_in_its_parts()
    {
        var correlation = new OutboxCorrelation("warning", "W-1|x", "msg/2");
        Assert.Equal(correlation, OutboxSql.Correlation(OutboxSql.Correlation(correlation)));
    }

    [Fact]
    public void Rows_written_before_typed_correlations_are_still_routed()
    {
        Assert.Equal(new OutboxCorrelation("warning", "W-1", "m-2"), OutboxSql.Correlation("warning|W-1|m-2"));
        Assert.Null(OutboxSql.Correlation("free text"));
        Assert.Null(OutboxSql.Correlation((string?)null));
    }
}
