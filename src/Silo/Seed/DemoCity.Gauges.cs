using System.Collections.Immutable;
using AmbonCC.City;
using AmbonCC.RiverGauges;

namespace AmbonCC.Silo.Seed;

internal sealed partial class DemoCity
{
    // Small steep rivers: a level must stay down 30 minutes before a band steps down; silence for 10 minutes is an alarm.
    private static readonly TimeSpan HoldTime = TimeSpan.FromMinutes(30);
    private static readonly TimeSpan StaleTimeout = TimeSpan.FromMinutes(10);

    /// <summary>The five rivers named as Ambon's main flood rivers; each must get a gauge.</summary>
    public static readonly ImmutableArray<string> GaugedRivers =
        ["Wai Batu Merah", "Wai Ruhu", "Wai Tomu", "Wai Batu Gajah", "Wai Batu Gantung"];

    /// <summary>A gauge (pos duga air, PDA) at every gauge point the json gives for the five rivers.</summary>
    private static ImmutableArray<GaugeProfile> BuildGauges(SeedContext city)
    {
        var random = new Random(5105);
        var gauges = new List<GaugeProfile>();
        foreach (var riverName in GaugedRivers)
        {
            var river = city.Geo.Rivers.FirstOrDefault(r => r.Name == riverName)
                ?? throw new InvalidDataException($"River {riverName} missing from ambon-geo.json.");
            if (river.GaugePoints.Count == 0)
            {
                throw new InvalidDataException($"River {riverName} has no gauge point in ambon-geo.json.");
            }

            var path = city.RiverPath(river);
            var slug = riverName.Replace("Wai ", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
            for (var i = 0; i < river.GaugePoints.Count; i++)
            {
                var point = river.GaugePoints[i];
                var kelurahan = city.KelurahanOf(point);
                var reach = Reach(i, river.GaugePoints.Count);
                gauges.Add(new GaugeProfile(
                    $"PDA-{slug}-{i + 1}",
                    $"PDA {riverName} {reach} ({kelurahan.Name})",
                    riverName,
                    kelurahan.Code,
                    Round(point.Lat),
                    Round(point.Lon),
                    Downstream(path, kelurahan.Code),
                    Thresholds(isUpstream: i == 0 && river.GaugePoints.Count > 1, random)));
            }
        }

        return [.. gauges];
    }

    private static string Reach(int index, int count) =>
        count == 1 ? "Tengah" : index == 0 ? "Hulu" : index == count - 1 ? "Hilir" : "Tengah";

    /// <summary>
    /// The gauge's own kelurahan and everything below it on the river. A gauge the path does not list
    /// warns the whole river: over-warning a neighbour is cheaper than missing one.
    /// </summary>
    private static ImmutableArray<string> Downstream(ImmutableArray<string> path, string gaugeKelurahan)
    {
        var at = path.IndexOf(gaugeKelurahan);
        return at >= 0 ? path[at..] : [gaugeKelurahan, .. path.Where(c => c != gaugeKelurahan)];
    }

    /// <summary>
    /// Ambon's rivers are short and steep: a channel 1.5–3 m deep that fills within an hour of heavy rain.
    /// Upstream sections are shallower and rise faster; the wider mouths tolerate more before overtopping.
    /// A common 0–20 cm offset per gauge keeps the bands distinct without breaking their order.
    /// </summary>
    private static GaugeThresholds Thresholds(bool isUpstream, Random random)
    {
        var offset = random.Next(0, 3) * 10;
        return isUpstream
            ? new GaugeThresholds(80 + offset, 130 + offset, 180 + offset, 30, 10, HoldTime, StaleTimeout)
            : new GaugeThresholds(100 + offset, 160 + offset, 220 + offset, 25, 10, HoldTime, StaleTimeout);
    }
}
