using AmbonCC.City;

namespace AmbonCC.RiverGauges;

/// <summary>Persisted gauge state; readings and alert band will be added with new ids.</summary>
[GenerateSerializer, Alias("ambon.rivergauges.RiverGaugeState")]
public sealed class RiverGaugeState
{
    [Id(0)] public GaugeProfile? Profile { get; set; }
}
