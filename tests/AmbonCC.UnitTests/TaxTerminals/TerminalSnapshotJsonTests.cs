using AmbonCC.Platform;
using AmbonCC.Silo.Hosting;
using AmbonCC.TaxTerminals;
using AmbonCC.Testing;
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

    private static BinaryData Legacy() => BinaryData.FromString(LegacyTerminalSnapshot.Json());

    [Fact]
    public void A_snapshot_stored_before_the_packed_hours_loads_with_all_its_figures()
    {
        Assert.Contains("\"Hours\":{", Legacy().ToString(), StringComparison.Ordinal);

        var state = Serializer.Value.Deserialize<TaxTerminalState>(Legacy())!;

        Assert.Equal(LegacyTerminalSnapshot.Hours().ToDictionary(h => h.LocalHour), state.Hours);
        Assert.Equal(LegacyTerminalSnapshot.Serial, state.Profile?.TerminalSerial);
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
