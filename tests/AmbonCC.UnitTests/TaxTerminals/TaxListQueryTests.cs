using AmbonCC.TaxTerminals;
using AmbonCC.Web.Api;
using AmbonCC.Web.TaxTerminals;

namespace AmbonCC.UnitTests.TaxTerminals;

public sealed class TaxListQueryTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 2, 12, 0, 0, TimeSpan.FromHours(9));

    private static TaxpayerChanged Row(string npwpd, double score, CaseStage stage = CaseStage.Open, bool overdue = false, string kelurahan = "81.71.01.1001") =>
        new(npwpd, "Outlet " + npwpd, kelurahan, "finding", score, stage, overdue, 1, "Terminal diam", At);

    private static TerminalStatus Terminal(string serial, TerminalHealth health, string kelurahan = "81.71.01.1001", string? npwpd = null) =>
        new(serial, npwpd ?? "NP-" + serial, "Outlet " + serial, kelurahan, health, At, 1, 0, 0, 0, null, 0, 0, 0, 0, 0);

    private static AnomalyQuery Anomalies(string? stage = null, string? overdue = null, string? kelurahan = null, string? limit = null, string? offset = null)
    {
        Assert.True(TaxListQuery.TryAnomalies(stage, overdue, kelurahan, limit, offset, out var query, out var error), error?.ToString());
        return query;
    }

    [Fact]
    public void Without_parameters_the_queue_query_has_no_filter_and_the_default_page()
    {
        var query = Anomalies();

        Assert.Equal(new AnomalyQuery(null, null, null, TaxListQuery.DefaultAnomalyLimit, 0), query);
    }

    [Fact]
    public void Names_are_read_case_insensitively_and_empty_values_are_no_filter()
    {
        Assert.Equal(CaseStage.TeguranII, Anomalies(stage: "TEGURANii").Stage);
        Assert.Equal(CaseStage.SealRecommended, Anomalies(stage: "sealRecommended").Stage);
        Assert.True(Anomalies(overdue: "True").Overdue);
        Assert.Null(Anomalies(stage: "", overdue: "", limit: "").Stage);
        Assert.True(TaxListQuery.TryTerminals("RED", "81.71.01.1001", "P.9.AB-1", "1000", "100000", out var terminals, out _));
        Assert.Equal(new TerminalQuery(TerminalHealth.Red, "81.71.01.1001", "P.9.AB-1", 1000, 100_000, Paged: true), terminals);
    }

    [Theory]
    [InlineData("3", null, null, null, null, "stage")] // a number is not a stage name
    [InlineData("teguranI,open", null, null, null, null, "stage")]
    [InlineData(" open", null, null, null, null, "stage")]
    [InlineData(null, "yes", null, null, null, "overdue")]
    [InlineData(null, null, "81.71/../x", null, null, "kelurahan")]
    [InlineData(null, null, "8171010010008171010010008171010010008171010", null, null, "kelurahan")]
    [InlineData(null, null, null, "0", null, "limit")]
    [InlineData(null, null, null, "501", null, "limit")]
    [InlineData(null, null, null, "1e2", null, "limit")]
    [InlineData(null, null, null, " 5", null, "limit")]
    [InlineData(null, null, null, "2147483648", null, "limit")]
    [InlineData(null, null, null, null, "-1", "offset")]
    [InlineData(null, null, null, null, "100001", "offset")]
    public void A_bad_queue_parameter_is_refused_naming_it(string? stage, string? overdue, string? kelurahan, string? limit, string? offset, string field)
    {
        Assert.False(TaxListQuery.TryAnomalies(stage, overdue, kelurahan, limit, offset, out var query, out var error));

        Assert.Null(query);
        Assert.Equal(field, error.Field);
    }

    [Theory]
    [InlineData("yellow", null, null, null, null, "status")]
    [InlineData("1", null, null, null, null, "status")]
    [InlineData(null, "<script>", null, null, null, "kelurahan")]
    [InlineData(null, null, "P 9", null, null, "npwpd")]
    [InlineData(null, null, null, "1001", null, "limit")]
    [InlineData(null, null, null, null, "100001", "offset")]
    public void A_bad_terminal_parameter_is_refused_naming_it(string? status, string? kelurahan, string? npwpd, string? limit, string? offset, string field)
    {
        Assert.False(TaxListQuery.TryTerminals(status, kelurahan, npwpd, limit, offset, out _, out var error));

        Assert.Equal(field, error.Field);
    }

    [Fact]
    public void The_queue_ranks_by_score_and_puts_overdue_cases_first_among_equal_scores()
    {
        var queue = new[] { Row("A", 4), Row("B", 9), Row("C", 4, overdue: true), Row("D", 4), Row("E", 1, overdue: true) };

        var page = TaxListQuery.Apply(queue, Anomalies());

        Assert.Equal(["B", "C", "A", "D", "E"], page.Items.Select(r => r.Npwpd));
        Assert.Equal(5, page.Total);
    }

    [Fact]
    public void Filters_narrow_the_total_and_paging_cuts_the_items_only()
    {
        var queue = new[]
        {
            Row("A", 9, CaseStage.TeguranI), Row("B", 8, CaseStage.TeguranI, overdue: true), Row("C", 7, CaseStage.TeguranI, kelurahan: "81.71.02.2001"),
            Row("D", 6, CaseStage.Open), Row("E", 5, CaseStage.TeguranI, overdue: true),
        };

        var teguran = TaxListQuery.Apply(queue, Anomalies(stage: "teguranI", limit: "2", offset: "1"));
        var overdueHere = TaxListQuery.Apply(queue, Anomalies(overdue: "true", kelurahan: "81.71.01.1001"));
        var beyond = TaxListQuery.Apply(queue, Anomalies(offset: "10"));

        Assert.Equal(4, teguran.Total);
        Assert.Equal(["B", "C"], teguran.Items.Select(r => r.Npwpd));
        Assert.Equal(["B", "E"], overdueHere.Items.Select(r => r.Npwpd));
        Assert.Equal(5, beyond.Total);
        Assert.Empty(beyond.Items);
    }

    [Fact]
    public void Terminals_keep_the_register_order_and_are_paged_only_when_limit_or_offset_was_given()
    {
        var terminals = Enumerable.Range(0, 150).Select(i => Terminal($"S{i:000}", i % 3 == 0 ? TerminalHealth.Red : TerminalHealth.Green)).ToList();
        Assert.True(TaxListQuery.TryTerminals(null, null, null, null, null, out var all, out _));
        Assert.True(TaxListQuery.TryTerminals("red", null, null, null, "10", out var redFromTen, out _));

        var unpaged = TaxListQuery.Apply(terminals, all);
        var red = TaxListQuery.Apply(terminals, redFromTen);

        Assert.False(all.Paged);
        Assert.Equal(150, unpaged.Items.Count); // not cut to the default page of 100
        Assert.Equal(50, red.Total);
        Assert.Equal(40, red.Items.Count);
        Assert.Equal("S030", red.Items[0].Serial);
    }

    [Fact]
    public void Terminals_filter_by_kelurahan_and_npwpd()
    {
        var terminals = new[] { Terminal("A", TerminalHealth.Green, "81.71.01.1001", "P1"), Terminal("B", TerminalHealth.Red, "81.71.02.2001", "P1"), Terminal("C", TerminalHealth.Green, "81.71.02.2001", "P2") };
        Assert.True(TaxListQuery.TryTerminals(null, "81.71.02.2001", "p1", null, null, out var query, out _));

        var page = TaxListQuery.Apply(terminals, query);

        Assert.Equal("B", Assert.Single(page.Items).Serial);
    }

    [Theory]
    [InlineData(CaseStage.TeguranIII, "teguranIII")]
    [InlineData(CaseStage.FieldChecked, "fieldChecked")]
    [InlineData(CaseStage.SealRecommended, "sealRecommended")]
    public void Enum_values_are_lower_camel_names(CaseStage stage, string name) => Assert.Equal(name, QueryParameters.Name(stage));
}
