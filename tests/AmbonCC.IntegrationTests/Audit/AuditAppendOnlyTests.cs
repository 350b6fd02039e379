using System.Data.Common;
using AmbonCC.Audit;
using AmbonCC.IntegrationTests.Ledger;

namespace AmbonCC.IntegrationTests.Audit;

/// <summary>The audit log has no path to change or remove an entry: not in the contract, not in the code, not in the database.</summary>
public sealed class AuditAppendOnlyTests(SqliteDatabaseFixture sqlite, PostgresDatabaseFixture postgres)
    : IClassFixture<SqliteDatabaseFixture>, IClassFixture<PostgresDatabaseFixture>
{
    [Fact]
    public void The_contract_only_appends_and_searches()
    {
        var methods = typeof(IAuditLogGrain).GetMethods().Select(m => m.Name).Order().ToArray();
        Assert.Equal(["RecordAsync", "SearchAsync"], methods);
    }

    [Fact]
    public void No_source_file_updates_or_deletes_the_table()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(root.FullName, "AmbonCC.sln")))
        {
            root = root.Parent!;
        }

        var offenders = Directory.EnumerateFiles(Path.Combine(root.FullName, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
            .Where(f => System.Text.RegularExpressions.Regex.IsMatch(File.ReadAllText(f), @"(UPDATE|DELETE\s+FROM)\s+audit_log", System.Text.RegularExpressions.RegexOptions.IgnoreCase))
            .ToList();
        Assert.Empty(offenders);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task The_database_refuses_update_and_delete(string kind)
    {
        var database = kind == "sqlite" ? sqlite.Database : postgres.Database;
        var id = Guid.NewGuid().ToString("N");
        await using var connection = await database.OpenAsync();
        var now = kind == "sqlite" ? "0" : "now()";
        await ExecuteAsync(connection, $"INSERT INTO audit_log (entry_id, at, actor, roles, source, entity, action, outcome, received_at) VALUES ('{id}', {now}, 'a', 'r', 'api', 'e', 'x', 'ok', {now});");

        await Assert.ThrowsAnyAsync<DbException>(() => ExecuteAsync(connection, $"UPDATE audit_log SET actor = 'someone else' WHERE entry_id = '{id}';"));
        await Assert.ThrowsAnyAsync<DbException>(() => ExecuteAsync(connection, $"DELETE FROM audit_log WHERE entry_id = '{id}';"));
        await using var count = connection.CreateCommand();
        count.CommandText = $"SELECT actor FROM audit_log WHERE entry_id = '{id}';";
        Assert.Equal("a", await count.ExecuteScalarAsync());
    }

    private static async Task ExecuteAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
