using AmbonCC.RiverGauges;
using AmbonCC.Warnings;
using AmbonCC.Warnings.Cap;

namespace AmbonCC.UnitTests.Warnings;

/// <summary>Journey 1's warning on Wai Batu Merah, for tests to vary.</summary>
internal static class FloodFacts
{
    public static readonly DateTimeOffset Sent = new(2026, 1, 15, 14, 20, 0, TimeSpan.FromHours(9));

    public static FloodWarningFacts BatuMerah(SiagaLevel level = SiagaLevel.Siaga2, FloodTrend trend = FloodTrend.Rising) => new()
    {
        Identifier = "AMBONCC-FLOOD-2026-0001",
        Sender = "diskominfosandi@ambon.go.id",
        Sent = Sent,
        RiverName = "Wai Batu Merah",
        GaugeCode = "WBM-01",
        GaugeName = "Waihoka",
        Level = level,
        LevelCm = level switch { SiagaLevel.Siaga1 => 212, SiagaLevel.Siaga2 => 158.4, SiagaLevel.Siaga3 => 95, _ => 60 },
        Trend = trend,
        RateCmPer10Min = trend == FloodTrend.Rising ? 40 : null,
        ObservedAt = Sent.AddMinutes(-1),
        Web = "https://cc.ambon.go.id/peringatan/AMBONCC-FLOOD-2026-0001",
        Contact = "Command Center Kota Ambon, Balai Kota lt. 4",
        IncidentId = "INC-2026-0042",
        Kelurahan =
        [
            new("Batu Merah", "81.71.02.2003", new CapPolygon([new(-3.68, 128.18), new(-3.68, 128.19), new(-3.69, 128.19), new(-3.69, 128.18), new(-3.68, 128.18)])),
            new("Rijali", "81.71.02.1009", Centroid: new CapPoint(-3.6905, 128.1850)),
        ],
    };
}
