using AmbonCC.IntegrationTests.Infrastructure;
using AmbonCC.Platform;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Runtime;
using Orleans.Storage;
using Xunit.Abstractions;

namespace AmbonCC.IntegrationTests.Storage;

/// <summary>
/// Our OrleansQuery texts against the real ADO.NET providers, on both databases: optimistic concurrency of
/// grain storage, and the reminder table's ETags and ring ranges.
/// </summary>
public sealed class ProviderContractTests(PostgresDatabaseFixture database, ITestOutputHelper output) : IClassFixture<PostgresDatabaseFixture>
{
    public static TheoryData<string> Databases => new() { "sqlite", "postgres" };

    [Theory]
    [MemberData(nameof(Databases))]
    public async Task Stale_writes_and_clears_are_rejected(string kind)
    {
        await using var silo = await StartAsync(kind);
        var storage = silo.Services.GetRequiredKeyedService<IGrainStorage>(ProviderNames.GrainStorage);
        var grainId = GrainId.Create("probe-contract", Guid.NewGuid().ToString("N"));
        const string StateName = "contract";

        // Two activations that both believe the grain is new: the second insert must lose.
        var first = NewState(etag: null, "a");
        var rival = NewState(etag: null, "rival");
        await storage.WriteStateAsync(StateName, grainId, first);
        Assert.Equal("1", first.ETag);
        Assert.True(first.RecordExists);
        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync(StateName, grainId, rival));

        // A copy holding version 1 is stale once version 2 is written.
        var stale = NewState(first.ETag, "stale");
        first.State!.Values.Add("b");
        await storage.WriteStateAsync(StateName, grainId, first);
        Assert.Equal("2", first.ETag);
        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync(StateName, grainId, stale));
        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.ClearStateAsync(StateName, grainId, stale));

        var read = NewState(etag: null);
        await storage.ReadStateAsync(StateName, grainId, read);
        Assert.Equal(["a", "b"], read.State!.Values);
        Assert.Equal("2", read.ETag);
        Assert.True(read.RecordExists);

        // Clear keeps counting versions; the next write continues from the cleared version.
        await storage.ClearStateAsync(StateName, grainId, first);
        Assert.Equal("3", first.ETag);
        Assert.False(first.RecordExists);
        var cleared = NewState(etag: null);
        await storage.ReadStateAsync(StateName, grainId, cleared);
        Assert.Empty(cleared.State!.Values);
        Assert.Equal("3", cleared.ETag);
        Assert.False(cleared.RecordExists);
        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync(StateName, grainId, read));
        cleared.State.Values.Add("c");
        await storage.WriteStateAsync(StateName, grainId, cleared);
        Assert.Equal("4", cleared.ETag);

        // Keys differ by extension only: separate rows (NULL extension vs. one).
        var plain = GrainId.Create(GrainType.Create("probe-contract"), GrainIdKeyExtensions.CreateIntegerKey(7));
        var extended = GrainId.Create(GrainType.Create("probe-contract"), GrainIdKeyExtensions.CreateIntegerKey(7, "ext"));
        await storage.WriteStateAsync(StateName, plain, NewState(null, "plain"));
        await storage.WriteStateAsync(StateName, extended, NewState(null, "extended"));
        var plainRead = NewState(null);
        await storage.ReadStateAsync(StateName, plain, plainRead);
        Assert.Equal(["plain"], plainRead.State!.Values);
    }

    [Theory]
    [MemberData(nameof(Databases))]
    public async Task Reminder_table_honours_etags_and_signed_ring_ranges(string kind)
    {
        await using var silo = await StartAsync(kind);
        var table = silo.Services.GetRequiredService<IReminderTable>();
        var start = new DateTime(2026, 1, 1, 6, 30, 0, DateTimeKind.Utc);

        var grains = Enumerable.Range(0, 24).Select(i => GrainId.Create("probe-reminders", $"g{i}-{Guid.NewGuid():N}")).ToList();
        foreach (var grain in grains)
        {
            await table.UpsertRow(new ReminderEntry { GrainId = grain, ReminderName = "r", StartAt = start, Period = TimeSpan.FromMinutes(5) });
        }

        // Upsert returns the new version; the row reads back with the same ETag, time and period.
        var target = grains[0];
        var etag1 = await table.UpsertRow(new ReminderEntry { GrainId = target, ReminderName = "x", StartAt = start, Period = TimeSpan.FromDays(40) });
        var etag2 = await table.UpsertRow(new ReminderEntry { GrainId = target, ReminderName = "x", StartAt = start, Period = TimeSpan.FromDays(40) });
        Assert.NotEqual(etag1, etag2);
        var row = await table.ReadRow(target, "x");
        Assert.NotNull(row);
        Assert.Equal(etag2, row.ETag);
        Assert.Equal(start, row.StartAt);
        Assert.Equal(DateTimeKind.Utc, row.StartAt.Kind);
        Assert.Equal(TimeSpan.FromDays(40), row.Period);
        Assert.Equal(2, (await table.ReadRows(target)).Reminders.Count);
        Assert.Null(await table.ReadRow(target, "missing"));

        // Delete answers false (not an error) for a stale ETag or a missing row.
        Assert.False(await table.RemoveRow(target, "x", etag1!));
        Assert.True(await table.RemoveRow(target, "x", etag2!));
        Assert.False(await table.RemoveRow(target, "x", etag2!));

        // Ranges are (begin, end] on the uint ring, including ones that wrap and the whole ring.
        var hashes = grains.Select(g => g.GetUniformHashCode()).ToList();
        uint[] bounds = [0, 1, 0x3FFFFFFF, 0x7FFFFFFF, 0x80000000, 0x80000001, 0xC0000000, 0xFFFFFFFF, .. hashes.Take(4), .. hashes.Take(4).Select(h => unchecked(h - 1))];
        foreach (var begin in bounds)
        {
            foreach (var end in bounds)
            {
                var expected = grains.Where((_, i) => InRing(hashes[i], begin, end)).Select(g => g.ToString()).Order().ToList();
                var actual = (await table.ReadRows(begin, end)).Reminders
                    .Where(r => r.ReminderName == "r").Select(r => r.GrainId.ToString()).Order().ToList();
                Assert.True(expected.SequenceEqual(actual), $"range ({begin:X8}, {end:X8}]: expected {expected.Count}, got {actual.Count}");
            }
        }
    }

    private static bool InRing(uint hash, uint begin, uint end) =>
        begin < end ? hash > begin && hash <= end : hash > begin || hash <= end;

    private static GrainState<ProbeState> NewState(string? etag, params string[] values) =>
        new(new ProbeState { Values = [.. values] }) { ETag = etag };

    private async Task<TestSilo> StartAsync(string kind) => kind == "sqlite"
        ? await TestSilo.StartAsync(SiloSettings.Embedded(TestDatabases.NewSqliteDirectory()), output, kind)
        : await TestSilo.StartAsync(SiloSettings.Production(database.ConnectionString), output, kind);
}
