using AmbonCC.TaxTerminals;

namespace AmbonCC.UnitTests.TaxTerminals;

public sealed class TaxRegistersTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 14, 0, 0, TimeSpan.FromHours(9));

    [Theory]
    [InlineData("81.71.01.1006", "81.71.01")]
    [InlineData("31.71.03.1001", "31.71.03")] // Jakarta Pusat
    [InlineData("81.71.0", TaxRegisterKeys.Unplaced)]
    [InlineData("81.71.01", TaxRegisterKeys.Unplaced)] // a kecamatan, not a kelurahan
    [InlineData("81.71.01-1006", TaxRegisterKeys.Unplaced)]
    [InlineData("8a.71.01.1006", TaxRegisterKeys.Unplaced)]
    [InlineData("", TaxRegisterKeys.Unplaced)]
    [InlineData(null, TaxRegisterKeys.Unplaced)]
    public void A_row_belongs_to_its_kecamatan_or_to_the_unplaced_register(string? kelurahan, string register)
    {
        Assert.Equal(register, TaxRegisterKeys.Of(kelurahan));
        Assert.True(TaxRegisterKeys.IsRegister(register));
    }

    [Theory]
    [InlineData("ambon")] // the city-wide register of earlier versions
    [InlineData("81.71.01.1006")]
    [InlineData("81-71-01")]
    [InlineData("")]
    public void Other_keys_are_no_register(string key) => Assert.False(TaxRegisterKeys.IsRegister(key));

    [Fact]
    public void Views_merge_in_one_registers_order_and_their_figures_add_up()
    {
        var sirimau = new TaxRegisterView(
            [Row("S2", "Warung B", TerminalHealth.Green), Row("S1", "Warung A", TerminalHealth.Green)],
            [Queued("NP-3", 40)],
            new TaxTotals(100, 10, 3, 1_000, 100, 900, 2, 0, 0));
        var nusaniwe = new TaxRegisterView(
            [Row("N1", "Kafe Z", TerminalHealth.Red), Row("N2", "Kafe A", TerminalHealth.Green)],
            [Queued("NP-1", 90), Queued("NP-2", 40)],
            new TaxTotals(50, 5, 1, 500, 50, 400, 2, 1, 1));

        var city = TaxRegisters.Merge([sirimau, nusaniwe]);

        Assert.Equal(["N1", "N2", "S1", "S2"], city.Terminals.Select(r => r.Status.Serial)); // red first, then by outlet (Kafe A, Warung A, Warung B)
        Assert.Equal(["NP-1", "NP-2", "NP-3"], city.Queue.Select(r => r.Npwpd)); // by score, then NPWPD
        Assert.Equal(new TaxTotals(150, 15, 4, 1_500, 150, 1_300, 4, 1, 1), city.Totals);
    }

    [Fact]
    public void No_register_yet_is_an_empty_city()
    {
        var city = TaxRegisters.Merge([]);
        Assert.Empty(city.Terminals);
        Assert.Empty(city.Queue);
        Assert.Equal(TaxTotals.Zero, city.Totals);
    }

    private static TerminalStatusChanged Row(string serial, string outlet, TerminalHealth health) =>
        new(new TerminalStatus(serial, "NP" + serial, outlet, "81.71.01.1001", health, Now, 1, 0, 0, 0, null, 0, 0, 0, 0, 0), Now);

    private static TaxpayerChanged Queued(string npwpd, double score) =>
        new(npwpd, "Outlet " + npwpd, "81.71.01.1001", "finding", score, CaseStage.Open, false, 1, null, Now);
}
