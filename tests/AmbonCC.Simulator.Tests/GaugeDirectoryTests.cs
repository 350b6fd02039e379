using System.Text.Json;
using AmbonCC.Simulator.Gauges;

namespace AmbonCC.Simulator.Tests;

public sealed class GaugeDirectoryTests
{
    private static readonly string[] Codes = ["PDA-BATUMERAH-1", "PDA-BATUMERAH-2"];

    [Fact]
    public void Reads_nested_thresholds_and_the_river_mouth_from_the_name()
    {
        var item = JsonDocument.Parse("""
            {"code": "PDA-BATUMERAH-2", "name": "PDA Wai Batu Merah Hilir (Rijali)", "riverName": "Wai Batu Merah",
             "thresholds": {"siaga3Cm": 120, "siaga2Cm": 180, "siaga1Cm": 240, "rateOfRiseCmPer10Min": 25}}
            """).RootElement;
        var spec = GaugeDirectory.Describe("PDA-BATUMERAH-2", Codes, item);
        Assert.Equal(new GaugeSpec("PDA-BATUMERAH-2", "Wai Batu Merah", 120, 180, 240, Downstream: true), spec);
    }

    [Fact]
    public void Reads_flat_thresholds_and_falls_back_field_by_field()
    {
        var item = JsonDocument.Parse("""{"code": "PDA-BATUMERAH-1", "siaga3Cm": 85}""").RootElement;
        var spec = GaugeDirectory.Describe("PDA-BATUMERAH-1", Codes, item);
        Assert.Equal((85.0, 140.0), (spec.Siaga3Cm, spec.Siaga2Cm));
        Assert.Equal(GaugeSpec.Assumed("PDA-BATUMERAH-1", Codes), GaugeDirectory.Describe("PDA-BATUMERAH-1", Codes, null));
    }
}
