using AmbonCC.Platform;
using AmbonCC.Silo.Hosting;
using AmbonCC.TaxTerminals;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Newtonsoft.Json.Linq;
using Orleans.Configuration;
using Orleans.Storage;

namespace AmbonCC.UnitTests.TaxTerminals;

/// <summary>
/// The terminal snapshot through the grain-storage serializer the silo configures (Newtonsoft JSON with type names,
/// the ADO.NET provider's), built from the silo's own configuration and never started.
/// </summary>
public sealed class TerminalSnapshotJsonTests
{
    private static readonly Lazy<IGrainStorageSerializer> Serializer = new(() =>
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration[$"{AmbonOptions.Section}:{nameof(AmbonOptions.DataDirectory)}"] = Path.Combine(Path.GetTempPath(), "ambon-unit-snapshot");
        builder.UseOrleans(silo => silo.UseLocalhostClustering().ConfigureAmbon(builder.Configuration, configureClustering: false));
        return builder.Build().Services.GetRequiredService<IOptionsMonitor<AdoNetGrainStorageOptions>>().Get(ProviderNames.GrainStorage).GrainStorageSerializer;
    });

    private static readonly HourFigures[] LegacyHours =
    [
        new(new DateTime(2026, 11, 2, 10, 0, 0), 150_000m, 15_000m, 3, 0m),
        new(new DateTime(2026, 11, 2, 11, 0, 0), 1_234_567.89m, 123_456.79m, 27, 45_000.50m),
        new(new DateTime(2026, 11, 2, 23, 0, 0), 0.01m, 0m, 1, 0m),
        new(new DateTime(2026, 11, 3, 0, 0, 0), -50_000m, -5_000m, 0, 50_000m),
        new(new DateTime(2026, 11, 5, 19, 0, 0), 987_654_321.10m, 98_765_432.11m, 4_321, 0.99m),
    ];

    private static BinaryData Legacy() => new(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "TaxTerminals", "LegacyTerminalState.json")));

    [Fact]
    public void A_snapshot_stored_before_the_packed_hours_loads_with_all_its_figures()
    {
        Assert.Contains("\"Hours\":{", Legacy().ToString(), StringComparison.Ordinal);

        var state = Serializer.Value.Deserialize<TaxTerminalState>(Legacy())!;

        Assert.Equal(LegacyHours.ToDictionary(h => h.LocalHour), state.Hours);
        Assert.Equal("LEGACY-TERMINAL-1", state.Profile?.TerminalSerial);
        Assert.Equal(4_400, state.LastReceiptNo);
        Assert.Equal(["voids:LEGACY-TERMINAL-1:2026-11-02"], state.ReportedIds);
    }

    [Fact]
    public void An_old_snapshot_is_written_back_packed_and_reads_the_same()
    {
        var state = Serializer.Value.Deserialize<TaxTerminalState>(Legacy())!;

        var written = Serializer.Value.Serialize(state);
        var json = JObject.Parse(written.ToString());

        Assert.Null(json.Property("Hours"));
        Assert.Equal(JTokenType.String, json["PackedHours"]?.Type);
        Assert.True(written.ToMemory().Length < Legacy().ToMemory().Length, $"{written.ToMemory().Length} bytes");
        Assert.Equal(state.Hours, Serializer.Value.Deserialize<TaxTerminalState>(written)!.Hours);
    }

    [Fact]
    public void An_hour_the_packed_form_cannot_hold_is_stored_in_the_old_shape_and_comes_back()
    {
        var thirds = new HourFigures(new DateTime(2026, 11, 2, 12, 0, 0), 100m / 3, 1m, 1, 0m);
        var state = Serializer.Value.Deserialize<TaxTerminalState>(Legacy())!;
        state.Hours[thirds.LocalHour] = thirds;

        var written = Serializer.Value.Serialize(state);
        var back = Serializer.Value.Deserialize<TaxTerminalState>(written)!;

        Assert.NotNull(JObject.Parse(written.ToString()).Property("Hours"));
        Assert.Equal(state.Hours, back.Hours);
        Assert.Equal(100m / 3, back.Hours[thirds.LocalHour].Turnover);
    }

    [Fact]
    public void An_empty_state_stores_no_hours_at_all()
    {
        var json = JObject.Parse(Serializer.Value.Serialize(new TaxTerminalState()).ToString());

        Assert.Null(json.Property("Hours"));
        Assert.Null(json.Property("PackedHours"));
        Assert.Empty(Serializer.Value.Deserialize<TaxTerminalState>(Serializer.Value.Serialize(new TaxTerminalState()))!.Hours);
    }
}
