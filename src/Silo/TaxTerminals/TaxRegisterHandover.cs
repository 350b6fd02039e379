using AmbonCC.Platform;
using AmbonCC.Silo.Hosting;
using AmbonCC.TaxTerminals;
using Microsoft.Extensions.Logging;

namespace AmbonCC.Silo.TaxTerminals;

/// <summary>
/// Once the silo runs: the rows a city kept in its single city-wide tax register (before the registers were split by
/// kecamatan) move to their kecamatan registers, so that the anomaly queue survives the upgrade; a no-op on a city
/// that never had one.
/// </summary>
internal sealed class TaxRegisterHandover(IGrainFactory grains, ILogger<TaxRegisterHandover> logger) : StartupGrainCall(logger)
{
    protected override string Purpose => "Tax register hand-over";

    protected override Task CallAsync() => grains.GetGrain<ITaxRegisterGrain>(CityKeys.City).HandOverAsync();
}
