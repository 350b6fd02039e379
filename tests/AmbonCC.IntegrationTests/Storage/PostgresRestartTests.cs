using AmbonCC.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace AmbonCC.IntegrationTests.Storage;

/// <summary>The Production profile (PostgreSQL storage and reminders, Redis membership) survives a restart.</summary>
public sealed class PostgresRestartTests(PostgresDatabaseFixture database, ITestOutputHelper output) : IClassFixture<PostgresDatabaseFixture>
{
    [Fact]
    public Task State_and_reminder_survive_a_restart_on_postgres() =>
        RestartScenario.RunAsync(SiloSettings.Production(database.ConnectionString), output);
}
