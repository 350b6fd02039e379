using AmbonCC.Silo.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace AmbonCC.Silo.Seed;

internal static class DemoCitySeedExtensions
{
    /// <summary>
    /// Adds the demo-city seeder as a hosted service. Call after <c>UseOrleans</c>: hosted services start in
    /// registration order and the seeder needs a running silo.
    /// </summary>
    public static IServiceCollection AddDemoCitySeed(this IServiceCollection services)
    {
        services.AddOptions<AmbonOptions>();
        services.AddSingleton<DemoCitySeeder>();
        services.AddHostedService(sp => sp.GetRequiredService<DemoCitySeeder>());
        return services;
    }
}
