using AmbonCC.Platform;
using AmbonCC.Silo.Hosting;
using AmbonCC.Silo.Incidents;
using AmbonCC.Silo.Ledger;
using AmbonCC.Silo.RiverGauges;
using AmbonCC.Silo.Warnings;
using AmbonCC.Silo.TaxTerminals;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AmbonCC.IntegrationTests.Infrastructure;

/// <summary>
/// For tests of grain behaviour that do not need durable state: memory grain storage, with the platform services
/// grains depend on (time, the ledger over a throw-away SQLite file) registered as the real silo registers them.
/// </summary>
public static class MemorySilo
{
    public static void Configure(ISiloBuilder silo)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["AmbonCC:DataDirectory"] = Path.Combine(Path.GetTempPath(), "ambon-memory-silo-" + Guid.NewGuid().ToString("N")),
            })
            .Build();
        silo.AddMemoryGrainStorage(ProviderNames.GrainStorage);
        silo.UseInMemoryReminderService();
        silo.Services.AddAmbonPlatform(configuration);
        silo.Services.AddAmbonLedger().AddRiverGauges(configuration).AddWarnings(configuration);
        silo.Services.AddTaxTerminals(demoHistory: false);
        silo.Services.AddIncidents(configuration);
    }
}
