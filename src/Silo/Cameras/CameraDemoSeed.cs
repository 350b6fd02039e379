using AmbonCC.Cameras;
using AmbonCC.City;
using AmbonCC.Silo.Seed;

namespace AmbonCC.Silo.Cameras;

/// <summary>The demo city's cameras: each camera's profile, then the camera index.</summary>
internal sealed class CameraDemoSeed : IDemoSeedPart
{
    public string Name => "cameras";

    public Task<DemoSeedPartResult> LoadAsync(DemoCity city, DemoSeedRun run, CancellationToken cancellationToken) =>
        run.RegisterAsync(city.Cameras, c => run.Grains.GetGrain<ICameraGrain>(c.Code).RegisterAsync(c),
            CityIndexKind.Camera, c => c.Code, cancellationToken);
}
