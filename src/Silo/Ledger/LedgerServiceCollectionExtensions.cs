using AmbonCC.Platform.Ledger;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace AmbonCC.Silo.Ledger;

/// <summary>Registration of the ledgers and their writer loops.</summary>
internal static class LedgerServiceCollectionExtensions
{
    /// <summary>
    /// Adds the hosted service that runs every writer loop; each domain module adds its tables with
    /// <see cref="AddLedgerTable{TRow, TKey, TTable}"/>. Needs <c>AmbonDatabase</c> and <c>TimeProvider</c>
    /// (AddAmbonPlatform); sized by <see cref="LedgerOptions.Section"/>.
    /// </summary>
    public static IServiceCollection AddAmbonLedger(this IServiceCollection services)
    {
        services.AddOptions<LedgerOptions>().BindConfiguration(LedgerOptions.Section);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, LedgerHostedService>());
        return services;
    }

    /// <summary>Adds a writer for one more ledger table; its loop starts with the others.</summary>
    public static IServiceCollection AddLedgerTable<TRow, TKey, TTable>(this IServiceCollection services)
        where TKey : notnull
        where TTable : LedgerTable<TRow, TKey>, new()
    {
        services.TryAddSingleton<LedgerTable<TRow, TKey>>(new TTable());
        services.TryAddSingleton<LedgerWriter<TRow, TKey>>();
        services.AddSingleton<ILedgerWriterLoop>(sp => sp.GetRequiredService<LedgerWriter<TRow, TKey>>());
        return services;
    }
}

/// <summary>Starts every ledger writer loop with the host and flushes them when it stops.</summary>
internal sealed class LedgerHostedService(IEnumerable<ILedgerWriterLoop> loops) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var loop in loops)
        {
            await loop.StartAsync(cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) =>
        Task.WhenAll(loops.Select(loop => loop.StopAsync(cancellationToken)));
}
