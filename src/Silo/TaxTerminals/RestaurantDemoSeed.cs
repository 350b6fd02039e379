using AmbonCC.City;
using AmbonCC.Silo.Seed;
using AmbonCC.TaxTerminals;

namespace AmbonCC.Silo.TaxTerminals;

/// <summary>The demo city's restaurants: each outlet's M-Post terminal profile, then the terminal index.</summary>
internal sealed class RestaurantDemoSeed : IDemoSeedPart
{
    public string Name => "restaurants";

    public Task<DemoSeedPartResult> LoadAsync(DemoCity city, DemoSeedRun run, CancellationToken cancellationToken) =>
        run.RegisterAsync(city.Restaurants, r => run.Grains.GetGrain<ITaxTerminalGrain>(r.TerminalSerial).RegisterAsync(r),
            CityIndexKind.TaxTerminal, r => r.TerminalSerial, cancellationToken);
}
