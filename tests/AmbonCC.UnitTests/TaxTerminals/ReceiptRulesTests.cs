using AmbonCC.City;
using AmbonCC.TaxTerminals;

namespace AmbonCC.UnitTests.TaxTerminals;

public sealed class ReceiptRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 5, 19, 0, 0, TimeSpan.FromHours(9));
    private static readonly TaxRuleOptions Options = new();
    private static readonly CityClock City = CityClock.Ambon();

    private static TaxTransaction Sale(long no, decimal subtotal = 100_000, decimal? tax = null, int minutes = 0) =>
        new(no, Now.AddMinutes(minutes), subtotal, tax ?? subtotal / 10, 0, subtotal + (tax ?? subtotal / 10), TransactionKind.Sale);

    [Fact]
    public void A_jump_in_receipt_numbers_is_a_gap_with_its_evidence()
    {
        var findings = ReceiptRules.Sequence("T1", 10_412, [Sale(10_530, minutes: 1), Sale(10_531, minutes: 2)], Now, Options, City);

        var gap = Assert.Single(findings);
        Assert.Equal(FindingKind.ReceiptGap, gap.Kind);
        Assert.Equal("117", gap.Evidence["missing"]);
        Assert.Equal("10412", gap.Evidence["from"]);
    }

    [Fact]
    public void Consecutive_numbers_and_small_jams_are_not_gaps()
    {
        Assert.Empty(ReceiptRules.Sequence("T1", 100, [Sale(101), Sale(102, minutes: 1), Sale(105, minutes: 2)], Now, Options, City));
    }

    [Fact]
    public void A_late_receipt_below_the_last_is_a_backfill_and_a_big_drop_is_a_reset()
    {
        Assert.Empty(ReceiptRules.Sequence("T1", 500, [Sale(498)], Now, Options, City));
        var reset = Assert.Single(ReceiptRules.Sequence("T1", 10_000, [Sale(1)], Now, Options, City));
        Assert.Equal(FindingKind.ReceiptReset, reset.Kind);
    }

    [Fact]
    public void Tax_off_the_pbjt_rate_beyond_rounding_is_a_finding_and_rounding_to_100_is_not()
    {
        Assert.Null(ReceiptRules.TaxRate("T1", [Sale(1, 47_500, tax: 4_800)], Now, Options, City));

        var finding = ReceiptRules.TaxRate("T1", [Sale(1, 100_000, tax: 5_000), Sale(2, 100_000)], Now, Options, City);

        Assert.Equal(FindingKind.TaxRateMismatch, finding!.Kind);
        Assert.Equal("1", finding.Evidence["receipts"]);
        Assert.Equal("5000", finding.Evidence["shortfall"]);
    }

    [Fact]
    public void With_a_taxed_service_charge_the_base_includes_it()
    {
        var receipt = new TaxTransaction(1, Now, 100_000, 11_000, 10_000, 121_000, TransactionKind.Sale);
        Assert.True(ReceiptRules.TaxIsOff(receipt, Options));
        Assert.False(ReceiptRules.TaxIsOff(receipt, new TaxRuleOptions { ServiceChargeIsTaxed = true }));
    }
}
