using AmbonCC.TaxTerminals;

namespace AmbonCC.UnitTests.TaxTerminals;

public sealed class TurnoverRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 5, 22, 0, 0, TimeSpan.FromHours(9));
    private static readonly DateOnly Saturday = new(2026, 12, 5);
    private static readonly TaxRuleOptions Options = new();

    private static Dictionary<DateTime, HourFigures> History(decimal perDinnerHour, params int[] weeksBack)
    {
        var history = new Dictionary<DateTime, HourFigures>();
        foreach (var week in weeksBack)
        {
            var day = Saturday.AddDays(-7 * week).ToDateTime(TimeOnly.MinValue);
            for (var h = 18; h < 21; h++)
            {
                history[day.AddHours(h)] = new HourFigures(day.AddHours(h), perDinnerHour, perDinnerHour / 10, 20, 0);
            }
        }

        return history;
    }

    [Fact]
    public void Baseline_averages_the_same_weekday_and_skips_weeks_the_outlet_was_closed()
    {
        var history = History(1_000_000, 1, 2, 4);

        Assert.Equal(3_000_000m, TurnoverRules.Baseline(history, Saturday, 18, 21, Options));
        Assert.Null(TurnoverRules.Baseline(history, Saturday.AddDays(1), 18, 21, Options));
    }

    [Fact]
    public void A_third_of_the_usual_saturday_dinner_is_a_finding_and_a_normal_one_is_not()
    {
        var history = History(1_000_000, 1, 2, 3, 4);
        var baseline = TurnoverRules.Baseline(history, Saturday, 18, 21, Options);

        Assert.Null(TurnoverRules.BelowBaseline("T1", Saturday, 2_900_000, baseline, Now, Options));
        var finding = TurnoverRules.BelowBaseline("T1", Saturday, 1_000_000, baseline, Now, Options);

        Assert.Equal(FindingKind.BelowBaseline, finding!.Kind);
        Assert.Equal("0.333", finding.Evidence["ratio"]);
    }

    [Fact]
    public void Below_peers_only_when_the_neighbours_did_not_drop_too()
    {
        Assert.NotNull(TurnoverRules.BelowPeers("T1", Saturday, 0.33, [0.9, 1.0, 1.1, 0.95], Now, Options));
        Assert.Null(TurnoverRules.BelowPeers("T1", Saturday, 0.33, [0.4, 0.35, 0.5], Now, Options));
        Assert.Null(TurnoverRules.BelowPeers("T1", Saturday, 0.33, [1.0, 1.0], Now, Options));
    }

    [Fact]
    public void Heavy_voids_need_enough_sales_and_a_share_above_the_threshold()
    {
        var day = Saturday.ToDateTime(TimeOnly.MinValue);
        HourFigures[] normal = [new(day.AddHours(12), 900_000, 90_000, 30, 50_000)];
        HourFigures[] heavy = [new(day.AddHours(12), 700_000, 70_000, 30, 300_000)];

        Assert.Null(TurnoverRules.HeavyVoids("T1", Saturday, normal, Now, Options));
        Assert.Equal(FindingKind.HeavyVoids, TurnoverRules.HeavyVoids("T1", Saturday, heavy, Now, Options)!.Kind);
    }

    [Fact]
    public void Sptpd_below_recorded_beyond_tolerance_is_under_declared()
    {
        Assert.Null(TurnoverRules.UnderDeclared("P.1", "2026-11", 96_000_000, 9_600_000, 100_000_000, 10_000_000, Now, Options));
        var finding = TurnoverRules.UnderDeclared("P.1", "2026-11", 60_000_000, 6_000_000, 100_000_000, 10_000_000, Now, Options);

        Assert.Equal("4000000", finding!.Evidence["taxGap"]);
    }

    [Fact]
    public void The_score_ranks_fresh_serious_findings_above_old_ones()
    {
        TaxFinding Finding(double weight, double daysAgo) =>
            new("x", FindingKind.DeviceOff, "T", Now.AddDays(-daysAgo), weight, "", System.Collections.Immutable.ImmutableDictionary<string, string>.Empty);

        var fresh = AnomalyScore.Of([Finding(5, 0), Finding(2, 1)], Now, Options);
        var old = AnomalyScore.Of([Finding(5, 14), Finding(2, 14)], Now, Options);

        Assert.True(fresh > old * 3, $"{fresh} vs {old}");
        Assert.Equal(1.25, AnomalyScore.Of([Finding(5, 14)], Now, Options), 6);
    }
}
