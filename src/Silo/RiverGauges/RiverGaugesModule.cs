using AmbonCC.Platform.Ledger;
using AmbonCC.RiverGauges;
using AmbonCC.Silo.Ledger;
using AmbonCC.Silo.Seed;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AmbonCC.Silo.RiverGauges;

/// <summary>The rivers domain in the silo: its ledger table, the ledger its grains read and append through, and its demo seed.</summary>
internal static class RiverGaugesModule
{
    public static IServiceCollection AddRiverGauges(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddLedgerTable<GaugeReadingRow, (string GaugeCode, long Seq), GaugeReadingTable>();
        services.TryAddSingleton<GaugeReadingLedger>();
        services.TryAddSingleton<IGaugeReadingLedger>(sp => sp.GetRequiredService<GaugeReadingLedger>());
        services.TryAddSingleton<ILedger<GaugeReadingRow>>(sp => sp.GetRequiredService<GaugeReadingLedger>());
        services.AddDemoSeedPart<GaugeDemoSeed>();
        return services;
    }
}
