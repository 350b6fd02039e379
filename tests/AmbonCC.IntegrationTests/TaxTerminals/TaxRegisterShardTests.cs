using AmbonCC.IntegrationTests.Infrastructure;
using AmbonCC.Platform;
using AmbonCC.TaxTerminals;
using Orleans.TestingHost;

namespace AmbonCC.IntegrationTests.TaxTerminals;

/// <summary>
/// One tax register per kecamatan, found through the city's index; the rows of the single city-wide register of
/// earlier versions move to their kecamatans' registers, the newer row winning.
/// </summary>
public sealed class TaxRegisterShardTests : IAsyncLifetime
{
    private static readonly DateTimeOffset At = DateTimeOffset.UtcNow;
    private readonly InProcessTestCluster cluster = new InProcessTestClusterBuilder(1).ConfigureSilo((_, silo) => MemorySilo.Configure(silo)).Build();

    public Task InitializeAsync() => cluster.DeployAsync();

    public async Task DisposeAsync() => await cluster.DisposeAsync();

    private IGrainFactory Grains => cluster.Client;

    [Fact]
    public async Task Rows_go_to_their_kecamatans_register_and_the_city_reads_them_all()
    {
        await TaxRegisters.For(Grains, "81.71.01.1006").ReportTerminalAsync(Row("S-1", "81.71.01.1006", TerminalHealth.Red, At));
        await TaxRegisters.For(Grains, "81.71.02.1017").ReportTerminalAsync(Row("S-2", "81.71.02.1017", TerminalHealth.Green, At));
        await TaxRegisters.For(Grains, "81.71.02.1017").ReportTaxpayerAsync(Queued("NP-2", "81.71.02.1017", At));

        Assert.Single((await Grains.GetGrain<ITaxRegisterGrain>("81.71.01").GetAsync()).Terminals);
        Assert.Equal(["81.71.01", "81.71.02"], (await Grains.GetGrain<ITaxRegisterIndexGrain>(CityKeys.City).GetKeysAsync()).AsEnumerable());
        var city = await TaxRegisters.ReadAsync(Grains);
        Assert.Equal(["S-1", "S-2"], city.Terminals.Select(r => r.Status.Serial));
        Assert.Equal(["NP-2"], city.Queue.Select(r => r.Npwpd));
        Assert.Equal((2, 1), (city.Totals.Terminals, city.Totals.Red));
        Assert.Equal(city.Totals, await TaxRegisters.TotalsAsync(Grains));

        // A kelurahan's rows are all in its kecamatan's register: a filtered read asks that one alone.
        Assert.Equal(["S-2"], (await TaxRegisters.ReadAsync(Grains, "81.71.02.1017")).Terminals.Select(r => r.Status.Serial));
        Assert.Empty((await TaxRegisters.ReadAsync(Grains, "81.71.09.1001")).Terminals);
    }

    [Fact]
    public async Task The_old_city_wide_register_hands_its_rows_over_once()
    {
        // Not the city's own key: the silo hands that one over at start, concurrently with this test.
        var old = Grains.GetGrain<ITaxRegisterGrain>("kota-lama");
        await old.ReportTerminalAsync(Row("S-1", "81.71.01.1006", TerminalHealth.Red, At.AddMinutes(-10)));
        await old.ReportTerminalAsync(Row("S-9", "bukan kode", TerminalHealth.Green, At.AddMinutes(-10)));
        await old.ReportTaxpayerAsync(Queued("NP-1", "81.71.01.1006", At.AddMinutes(-10)));
        // S-1 reported again to its own register after the upgrade: green, newer than the old register's copy.
        await TaxRegisters.For(Grains, "81.71.01.1006").ReportTerminalAsync(Row("S-1", "81.71.01.1006", TerminalHealth.Green, At));
        Assert.DoesNotContain((await TaxRegisters.ReadAsync(Grains)).Queue, q => q.Npwpd == "NP-1"); // the old register is not read

        Assert.Equal(3, await old.HandOverAsync());

        var city = await TaxRegisters.ReadAsync(Grains);
        Assert.Equal(TerminalHealth.Green, city.Terminals.Single(r => r.Status.Serial == "S-1").Status.Health);
        Assert.Contains(city.Terminals, r => r.Status.Serial == "S-9");
        Assert.Contains(city.Queue, q => q.Npwpd == "NP-1");
        Assert.Contains(TaxRegisterKeys.Unplaced, await Grains.GetGrain<ITaxRegisterIndexGrain>(CityKeys.City).GetKeysAsync());
        var emptied = await old.GetAsync();
        Assert.Empty(emptied.Terminals);
        Assert.Empty(emptied.Queue);
        Assert.Equal(0, await old.HandOverAsync());
        Assert.Equal(0, await Grains.GetGrain<ITaxRegisterGrain>("81.71.01").HandOverAsync()); // a kecamatan's register keeps its rows
    }

    [Fact]
    public async Task The_index_takes_register_keys_only()
    {
        var index = Grains.GetGrain<ITaxRegisterIndexGrain>(CityKeys.City);
        await Assert.ThrowsAsync<ArgumentException>(() => index.AddAsync("ambon"));
        await Assert.ThrowsAsync<ArgumentException>(() => index.AddAsync(new string('1', 10_000)));
    }

    private static TerminalStatusChanged Row(string serial, string kelurahan, TerminalHealth health, DateTimeOffset at) =>
        new(new TerminalStatus(serial, "NP" + serial, "Outlet " + serial, kelurahan, health, at, 1, 0, 0, 0, health == TerminalHealth.Red ? at : null, 0, 0, 0, 0, 0), at);

    private static TaxpayerChanged Queued(string npwpd, string kelurahan, DateTimeOffset at) =>
        new(npwpd, "Outlet " + npwpd, kelurahan, "finding", 10, CaseStage.Open, false, 1, null, at);
}
