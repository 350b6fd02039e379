using AmbonCC.Audit;
using AmbonCC.Silo.Ledger;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AmbonCC.Silo.Audit;

/// <summary>The audit log in the silo: its ledger table and the store its grain and call filter write through.</summary>
internal static class AuditModule
{
    public static IServiceCollection AddAudit(this IServiceCollection services)
    {
        services.AddLedgerTable<AuditEntry, string, AuditTable>();
        services.TryAddSingleton<IAuditStore, AuditStore>();
        return services;
    }

    /// <summary>Records every state-changing call that carries an actor (see <see cref="AuditedCalls"/>).</summary>
    public static ISiloBuilder AddAuditFilter(this ISiloBuilder silo) => silo.AddIncomingGrainCallFilter<AuditCallFilter>();
}
