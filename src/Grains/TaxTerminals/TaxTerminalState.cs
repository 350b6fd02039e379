using AmbonCC.City;

namespace AmbonCC.TaxTerminals;

/// <summary>Persisted terminal state; heartbeat, receipt sequence and rollups will be added with new ids.</summary>
[GenerateSerializer, Alias("ambon.taxterminals.TaxTerminalState")]
public sealed class TaxTerminalState
{
    [Id(0)] public RestaurantProfile? Profile { get; set; }
}
