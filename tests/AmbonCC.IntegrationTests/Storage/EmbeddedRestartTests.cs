using AmbonCC.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace AmbonCC.IntegrationTests.Storage;

/// <summary>The Embedded profile keeps grain state and reminders in its SQLite file across restarts.</summary>
public sealed class EmbeddedRestartTests(ITestOutputHelper output)
{
    [Fact]
    public Task State_and_reminder_survive_a_restart_on_sqlite() =>
        RestartScenario.RunAsync(SiloSettings.Embedded(TestDatabases.NewSqliteDirectory()), output);
}
