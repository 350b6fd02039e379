using AmbonCC.Silo.Ledger;
using AmbonCC.Silo.Seed;
using AmbonCC.TaxTerminals;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AmbonCC.Silo.TaxTerminals;

internal static class TaxTerminalsServiceCollectionExtensions
{
    /// <summary>
    /// The restaurant-tax module: rule thresholds (<see cref="TaxRuleOptions.Section"/>), the <c>tax_transactions</c>
    /// ledger and the demo history. Call after <c>UseOrleans</c> and the demo seed: the history seeder needs both.
    /// </summary>
    /// <param name="demoHistory">False for test silos that need the grains and the ledger but not eight weeks of demo figures.</param>
    public static IServiceCollection AddTaxTerminals(this IServiceCollection services, bool demoHistory = true)
    {
        services.AddOptions<TaxRuleOptions>().BindConfiguration(TaxRuleOptions.Section);
        services.AddLedgerTable<TaxTransactionRow, (string Serial, long ReceiptNo), TaxTransactionTable>();
        services.TryAddSingleton<TaxTransactionLedger>();
        services.TryAddSingleton<ITaxTransactionLedger>(sp => sp.GetRequiredService<TaxTransactionLedger>());
        services.AddDemoSeedPart<RestaurantDemoSeed>();
        services.AddHostedService<TaxRegisterHandover>();
        if (demoHistory)
        {
            services.AddHostedService<TaxHistorySeeder>();
        }

        return services;
    }
}
