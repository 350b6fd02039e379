using AmbonCC.TaxTerminals;

namespace AmbonCC.UnitTests.TaxTerminals;

public sealed class TransactionValidatorTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 4, 12, 0, 0, TimeSpan.FromHours(9));
    private static readonly TaxRuleOptions Options = new();

    private static TaxTransactionInput Sale(long no = 1, decimal subtotal = 50_000, decimal tax = 5_000, decimal? service = null, decimal? total = null,
        string? issuedAt = "2026-12-04T11:55:00+09:00", string? kind = "sale", long? voids = null, string? payment = "cash") =>
        new(no, issuedAt, subtotal, tax, service, total ?? subtotal + tax + (service ?? 0), kind, voids, payment);

    private static Dictionary<string, string[]> Validate(params TaxTransactionInput?[] inputs) =>
        TransactionValidator.ValidateBatch(inputs, Now, Options, out _);

    [Fact]
    public void A_good_sale_passes_with_exact_amounts()
    {
        var errors = TransactionValidator.ValidateBatch([Sale(subtotal: 45_000.50m, tax: 4_500.05m)], Now, Options, out var parsed);

        Assert.Empty(errors);
        Assert.Equal(49_500.55m, parsed[0].Total);
        Assert.Equal(TransactionKind.Sale, parsed[0].Kind);
    }

    [Theory]
    [InlineData("total")]
    [InlineData("kind")]
    [InlineData("issuedAt-future")]
    [InlineData("issuedAt-no-offset")]
    [InlineData("subtotal-negative")]
    [InlineData("subtotal-absurd")]
    [InlineData("tax-three-decimals")]
    [InlineData("voidsReceiptNo")]
    [InlineData("payment")]
    [InlineData("receiptNo")]
    public void Bad_fields_are_named(string @case)
    {
        var (input, field) = @case switch
        {
            "total" => (Sale(total: 56_000), "[0].total"),
            "kind" => (Sale(kind: "gift"), "[0].kind"),
            "issuedAt-future" => (Sale(issuedAt: "2026-12-04T12:30:00+09:00"), "[0].issuedAt"),
            "issuedAt-no-offset" => (Sale(issuedAt: "2026-12-04T11:00:00"), "[0].issuedAt"),
            "subtotal-negative" => (Sale(subtotal: -1, tax: 0), "[0].subtotal"),
            "subtotal-absurd" => (Sale(subtotal: 900_000_000_000m, tax: 0), "[0].subtotal"),
            "tax-three-decimals" => (Sale(tax: 5_000.001m), "[0].tax"),
            "voidsReceiptNo" => (Sale(kind: "void"), "[0].voidsReceiptNo"),
            "payment" => (Sale(payment: new string('x', 40)), "[0].payment"),
            _ => (Sale(no: 0), "[0].receiptNo"),
        };

        Assert.Contains(field, Validate(input).Keys);
    }

    [Fact]
    public void The_same_receipt_twice_in_a_batch_with_other_content_is_refused_and_identical_twice_is_not()
    {
        Assert.Empty(Validate(Sale(7), Sale(7)));
        Assert.Contains("[1].receiptNo", Validate(Sale(7), Sale(7, subtotal: 10_000, tax: 1_000)).Keys);
    }

    [Fact]
    public void An_empty_batch_is_refused()
    {
        Assert.Contains("$", Validate().Keys);
    }

    [Fact]
    public void Content_hash_ignores_the_offset_but_not_the_amount()
    {
        var a = new TaxTransaction(1, Now, 100, 10, 0, 110, TransactionKind.Sale);
        Assert.Equal(a.ContentHash(), (a with { IssuedAt = Now.ToUniversalTime() }).ContentHash());
        Assert.NotEqual(a.ContentHash(), (a with { Subtotal = 101, Total = 111 }).ContentHash());
    }
}
