using AmbonCC.Silo.Database;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace AmbonCC.Silo.Hosting;

/// <summary>Brings the schema up to date before the silo starts, when configured to.</summary>
internal sealed class MigrationHostedService(
    IOptions<AmbonOptions> options,
    AmbonDatabase database,
    DatabaseMigrator migrator) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.MigrateOnStart)
        {
            await migrator.MigrateAsync(database, cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
