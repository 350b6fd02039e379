using Microsoft.Extensions.DependencyInjection;

namespace AmbonCC.Silo.Seed;

/// <summary>
/// One domain's share of the demo city: registers its devices (or lists) from the generated <see cref="DemoCity"/>
/// into its grains and the directory's index. Each module adds its own part with <see cref="DemoSeedParts.AddDemoSeedPart{T}"/>;
/// the loader knows none of them by type.
/// </summary>
/// <remarks>Every registration must be idempotent: a seed interrupted by a crash is finished by loading again.</remarks>
internal interface IDemoSeedPart
{
    /// <summary>What the part registers, for the seed's log line (e.g. "cameras").</summary>
    string Name { get; }

    Task<DemoSeedPartResult> LoadAsync(DemoCity city, DemoSeedRun run, CancellationToken cancellationToken);
}

/// <summary>What one part did: registrations that changed state, registrations in all, index keys that were new.</summary>
internal sealed record DemoSeedPartResult(int Registered, int Total, int IndexKeysAdded);

internal static class DemoSeedParts
{
    public static IServiceCollection AddDemoSeedPart<T>(this IServiceCollection services)
        where T : class, IDemoSeedPart
    {
        services.AddSingleton<IDemoSeedPart, T>();
        return services;
    }
}
