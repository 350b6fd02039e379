using AmbonCC.Silo.Database;
using Microsoft.Extensions.Logging.Abstractions;

namespace AmbonCC.IntegrationTests.Infrastructure;

/// <summary>
/// What a test that SIGKILLs a silo process owns: a fresh migrated PostgreSQL database, the silo process (the
/// child), the silo that takes over (the survivor) and their Redis membership rows. Torn down child first, so that
/// it is killed even when the test failed half-way, and the database last.
/// </summary>
public abstract class ProcessKillTest(string databasePrefix) : IAsyncLifetime
{
    protected string postgres = "";
    protected SiloSettings? settings;
    protected SiloProcess? child;
    protected TestSilo? survivor;

    public async Task InitializeAsync()
    {
        postgres = await TestDatabases.CreatePostgresDatabaseAsync(databasePrefix);
        await new DatabaseMigrator(TimeProvider.System, NullLogger<DatabaseMigrator>.Instance).MigrateAsync(new AmbonDatabase(DatabaseKind.Postgres, postgres));
    }

    public async Task DisposeAsync()
    {
        try
        {
            if (child is not null)
            {
                await child.DisposeAsync();
            }

            if (survivor is not null)
            {
                await survivor.DisposeAsync();
            }

            if (settings is not null)
            {
                await SiloProcess.DeleteRedisMembershipAsync(settings);
            }
        }
        finally
        {
            await TestDatabases.DropPostgresDatabaseAsync(postgres);
        }
    }
}
