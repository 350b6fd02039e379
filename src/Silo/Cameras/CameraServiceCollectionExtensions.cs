using AmbonCC.Cameras;
using AmbonCC.Silo.Seed;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AmbonCC.Silo.Cameras;

internal static class CameraServiceCollectionExtensions
{
    /// <summary>The cameras module: its options (<c>AmbonCC:Cameras</c>), the snapshot store and its demo seed.</summary>
    public static IServiceCollection AddCameras(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CameraOptions>().Bind(configuration.GetSection(CameraOptions.Section));
        services.AddSingleton<ICameraSnapshotStore, CameraSnapshotStore>();
        services.AddDemoSeedPart<CameraDemoSeed>();
        return services;
    }
}
