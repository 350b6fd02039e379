using AmbonCC.Silo.Outbox;
using AmbonCC.Silo.Seed;
using AmbonCC.Warnings;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AmbonCC.Silo.Warnings;

/// <summary>The flood-warning domain in the silo: its options, the public address its links use, its outbox handler, its demo recipients.</summary>
internal static class WarningsModule
{
    public static IServiceCollection AddWarnings(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WarningOptions>().Bind(configuration.GetSection(WarningOptions.Section));
        // Resolved lazily: a test may replace it to move acknowledgement deadlines without moving the silo's timers.
        services.TryAddSingleton(sp => new WarningClock(sp.GetRequiredService<TimeProvider>()));
        // A web host replaces this with the address it listens on.
        services.TryAddSingleton<IPublicBaseUrl, ConfiguredPublicBaseUrl>();
        services.AddOutboxHandler<WarningOutboxHandler>();
        services.AddDemoSeedPart<RecipientDemoSeed>();
        return services;
    }
}
