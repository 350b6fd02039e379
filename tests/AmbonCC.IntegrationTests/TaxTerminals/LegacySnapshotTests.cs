using System.Globalization;
using AmbonCC.IntegrationTests.Infrastructure;
using AmbonCC.Platform;
using AmbonCC.TaxTerminals;
using AmbonCC.Testing;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using Orleans.Storage;
using Xunit.Abstractions;

namespace AmbonCC.IntegrationTests.TaxTerminals;

/// <summary>
/// A terminal snapshot stored by the version before the packed hours (the hours as a JSON object per hour) is put
/// into grain storage as it was, byte for byte; the terminal activates with all its figures, writes the new shape on
/// its next write, and a restarted silo reads that back. On the embedded profile's SQLite and on PostgreSQL.
/// </summary>
public sealed class LegacySnapshotTests(PostgresDatabaseFixture database, ITestOutputHelper output) : IClassFixture<PostgresDatabaseFixture>
{
    private const string StateName = "taxTerminal";

    public static TheoryData<string> Databases => new() { "sqlite", "postgres" };

    [Theory]
    [MemberData(nameof(Databases))]
    public async Task An_old_snapshot_loads_and_is_rewritten_packed(string kind)
    {
        var settings = kind == "sqlite" ? SiloSettings.Embedded(TestDatabases.NewSqliteDirectory()) : SiloSettings.Production(database.ConnectionString);
        var serial = "LEGACY-" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();
        // Last month, so that the next snapshot's pruning (nine weeks) keeps every hour of the fixture.
        var month = DateTime.UtcNow.AddMonths(-1);
        var json = LegacyTerminalSnapshot.Json()
            .Replace(LegacyTerminalSnapshot.Serial, serial, StringComparison.Ordinal)
            .Replace(LegacyTerminalSnapshot.MonthPrefix, month.ToString("yyyy-MM-", CultureInfo.InvariantCulture), StringComparison.Ordinal);
        IReadOnlyList<HourFigures> expected = LegacyTerminalSnapshot.Hours(month.Year, month.Month);

        await using (var silo = await TestSilo.StartAsync(settings, output, kind))
        {
            var terminal = silo.Grains.GetGrain<ITaxTerminalGrain>(serial);
            var storage = silo.Services.GetRequiredKeyedService<IGrainStorage>(ProviderNames.GrainStorage);
            await storage.WriteStateAsync(StateName, terminal.GetGrainId(), new GrainState<JRaw>(new JRaw(json)));
            Assert.Contains("\"Hours\":{", (await ReadJsonAsync(storage, terminal)).ToString(Newtonsoft.Json.Formatting.None), StringComparison.Ordinal);

            var profile = await terminal.GetProfileAsync();
            Assert.Equal(serial, profile?.TerminalSerial);
            Assert.Equal(expected, await terminal.GetHoursAsync(new DateOnly(month.Year, month.Month, 1)));

            // Any write stores the new shape: here a changed profile.
            Assert.True(await terminal.RegisterAsync(profile! with { Name = "Rumah Makan Baru" }));
            var stored = await ReadJsonAsync(storage, terminal);
            Assert.Null(stored.Property("Hours"));
            Assert.Equal(JTokenType.String, stored["PackedHours"]?.Type);
        }

        await using var restarted = await TestSilo.StartAsync(settings.AnotherSilo(), output, kind + "-restarted");
        var again = restarted.Grains.GetGrain<ITaxTerminalGrain>(serial);
        Assert.Equal("Rumah Makan Baru", (await again.GetProfileAsync())?.Name);
        Assert.Equal(expected, await again.GetHoursAsync(new DateOnly(month.Year, month.Month, 1)));
    }

    private static async Task<JObject> ReadJsonAsync(IGrainStorage storage, ITaxTerminalGrain terminal)
    {
        var raw = new GrainState<JObject>();
        await storage.ReadStateAsync(StateName, terminal.GetGrainId(), raw);
        return raw.State ?? throw new InvalidOperationException("No stored state.");
    }
}
