using AmbonCC.Platform;
using AmbonCC.TaxTerminals;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AmbonCC.Silo.TaxTerminals;

/// <summary>
/// Once the silo runs: the rows a city kept in its single city-wide tax register (before the registers were split by
/// kecamatan) move to their kecamatan registers, so that the anomaly queue survives the upgrade. Retried, since the
/// first seconds may see no storage yet; a no-op on a city that never had one.
/// </summary>
internal sealed class TaxRegisterHandover(IGrainFactory grains, ILogger<TaxRegisterHandover> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        for (var attempt = 1; !stoppingToken.IsCancellationRequested; attempt++)
        {
            try
            {
                await grains.GetGrain<ITaxRegisterGrain>(CityKeys.City).HandOverAsync();
                return;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Tax register hand-over not done yet (attempt {Attempt}); retrying", attempt);
                await Task.Delay(TimeSpan.FromSeconds(Math.Min(60, 5 * attempt)), stoppingToken);
            }
        }
    }
}
