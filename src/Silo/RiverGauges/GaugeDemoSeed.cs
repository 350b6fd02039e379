using AmbonCC.City;
using AmbonCC.RiverGauges;
using AmbonCC.Silo.Seed;

namespace AmbonCC.Silo.RiverGauges;

/// <summary>The demo city's river gauges: each gauge's profile, then the gauge index.</summary>
internal sealed class GaugeDemoSeed : IDemoSeedPart
{
    public string Name => "river gauges";

    public Task<DemoSeedPartResult> LoadAsync(DemoCity city, DemoSeedRun run, CancellationToken cancellationToken) =>
        run.RegisterAsync(city.Gauges, g => run.Grains.GetGrain<IRiverGaugeGrain>(g.Code).RegisterAsync(g),
            CityIndexKind.RiverGauge, g => g.Code, cancellationToken);
}
