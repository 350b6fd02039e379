using AmbonCC.Silo.Seed;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AmbonCC.Silo.City;

/// <summary>The city itself: its reference data and the demo seed (the reference data, then every module's <see cref="IDemoSeedPart"/>).</summary>
internal static class CityModule
{
    public static IServiceCollection AddCity(this IServiceCollection services, IConfiguration configuration) =>
        services.AddDemoCitySeed();
}
