using AmbonCC.Incidents;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AmbonCC.Silo.Incidents;

/// <summary>The incident module: escalation, correlation and SOP options, and the clock escalation runs on.</summary>
public static class IncidentsModule
{
    public static IServiceCollection AddIncidents(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<IncidentOptions>().Bind(configuration.GetSection(IncidentOptions.Section));
        // Resolved lazily: a test may replace it to move incidents' time without moving the silo's timers.
        services.TryAddSingleton(sp => new IncidentClock(sp.GetRequiredService<TimeProvider>()));
        return services;
    }
}
