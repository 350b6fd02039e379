using AmbonCC.Platform.Ledger;
using AmbonCC.Silo.Database;
using AmbonCC.Silo.Ledger;
using AmbonCC.RiverGauges;
using AmbonCC.Silo.RiverGauges;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AmbonCC.IntegrationTests.Ledger;

public sealed class SqliteLedgerTests(SqliteDatabaseFixture fixture) : LedgerTests(fixture), IClassFixture<SqliteDatabaseFixture>;

public sealed class PostgresLedgerTests(PostgresDatabaseFixture fixture) : LedgerTests(fixture), IClassFixture<PostgresDatabaseFixture>;

/// <summary>The group-commit writer and the gauge-reading reads, run against each database.</summary>
public abstract class LedgerTests(TestDatabaseFixture fixture) : IAsyncLifetime
{
    private readonly AmbonDatabase database = fixture.Database;

    private static readonly DateTimeOffset T0 = new(2026, 3, 1, 6, 0, 0, TimeSpan.FromHours(9));
    private readonly List<LedgerWriter<GaugeReadingRow, (string, long)>> writers = [];
    private readonly string gauge = "G-" + Guid.NewGuid().ToString("N")[..8];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var writer in writers)
        {
            await writer.StopAsync(CancellationToken.None);
        }
    }

    [Fact]
    public async Task Append_completes_after_commit_and_the_rows_are_readable()
    {
        var ledger = await StartLedgerAsync();
        var result = await ledger.AppendAsync([Reading(1, 0, 120.5, 2.5), Reading(2, 60, 121), Reading(3, 120, 122)]);

        Assert.All(result.Outcomes, o => Assert.Equal(AppendOutcome.Inserted, o));
        var stored = await ledger.ReadGaugeReadingsAsync(gauge, T0, T0.AddHours(1), 100);
        Assert.Equal([1L, 2L, 3L], stored.Select(s => s.Reading.Seq));
        Assert.Equal(T0, stored[0].Reading.ObservedAt);
        Assert.Equal(2.5, stored[0].Reading.RainfallMm);
        Assert.Null(stored[1].Reading.RainfallMm);
        Assert.Equal(TimeSpan.Zero, stored[0].ReceivedAt.Offset);
    }

    [Fact]
    public async Task Read_with_a_limit_keeps_the_most_recent_rows_oldest_first()
    {
        var ledger = await StartLedgerAsync();
        await ledger.AppendAsync([.. Enumerable.Range(1, 10).Select(i => Reading(i, i * 10, 100 + i))]);

        var stored = await ledger.ReadGaugeReadingsAsync(gauge, T0, T0.AddHours(1), 3);

        Assert.Equal([8L, 9L, 10L], stored.Select(s => s.Reading.Seq));
    }

    [Fact]
    public async Task Duplicates_are_reported_and_stored_once()
    {
        var ledger = await StartLedgerAsync();
        await ledger.AppendAsync([Reading(1, 0, 100)]);

        // seq 1 is already stored; seq 2 appears twice in one call.
        var result = await ledger.AppendAsync([Reading(1, 0, 999), Reading(2, 10, 101), Reading(2, 10, 555)]);

        Assert.Equal([AppendOutcome.Duplicate, AppendOutcome.Inserted, AppendOutcome.Duplicate], result.Outcomes);
        var stored = await ledger.ReadGaugeReadingsAsync(gauge, T0, T0.AddHours(1), 100);
        Assert.Equal([100.0, 101.0], stored.Select(s => s.Reading.LevelCm));
    }

    [Fact]
    public async Task Concurrent_callers_share_transactions()
    {
        var ledger = await StartLedgerAsync();
        const int callers = 200;

        var results = await Task.WhenAll(Enumerable.Range(1, callers)
            .Select(i => Task.Run(() => ledger.AppendAsync([Reading(i, i, 100)]))));

        Assert.All(results, r => Assert.Equal(AppendOutcome.Inserted, Assert.Single(r.Outcomes)));
        Assert.True(ledger.Statistics.Batches < callers, $"{ledger.Statistics.Batches} batches for {callers} callers");
        Assert.Equal(callers, (await ledger.ReadGaugeReadingsAsync(gauge, T0, T0.AddHours(1), 1000)).Count);
    }

    [Fact]
    public async Task Overlapping_concurrent_appends_store_each_key_once()
    {
        var ledger = await StartLedgerAsync();
        // Devices retrying: 50 callers send the same 20 readings, half of them in reverse order.
        var results = await Task.WhenAll(Enumerable.Range(0, 50).Select(c => Task.Run(() =>
        {
            var seqs = Enumerable.Range(1, 20).Select(i => c % 2 == 0 ? i : 21 - i);
            return ledger.AppendAsync([.. seqs.Select(i => Reading(i, i, 100 + i))]);
        })));

        Assert.Equal(20, results.Sum(r => r.Inserted));
        Assert.Equal(20, (await ledger.ReadGaugeReadingsAsync(gauge, T0, T0.AddHours(1), 1000)).Count);
        Assert.Equal(0, ledger.Statistics.FailedBatches);
    }

    [Fact]
    public async Task A_full_queue_refuses_at_once_and_the_queued_rows_still_commit()
    {
        // Not started: nothing drains the queue, so it fills deterministically.
        var ledger = CreateLedger(new LedgerOptions { MaxQueuedRows = 10, RetryAfter = TimeSpan.FromSeconds(2) }, out var writer);
        var queued = ledger.AppendAsync([.. Enumerable.Range(1, 10).Select(i => Reading(i, i, 100))]);

        // Thrown synchronously: a saturated writer answers before any await.
        var refused = Assert.Throws<LedgerBackpressureException>(() => { _ = ledger.AppendAsync([Reading(11, 11, 100)]); });
        Assert.Equal(TimeSpan.FromSeconds(2), refused.RetryAfter);
        Assert.False(queued.IsCompleted);

        await writer.StartAsync(CancellationToken.None);
        Assert.Equal(10, (await queued).Inserted);
        Assert.Equal(1, (await ledger.AppendAsync([Reading(11, 11, 100)])).Inserted);
    }

    [Fact]
    public async Task Stop_flushes_what_is_queued()
    {
        var ledger = CreateLedger(new LedgerOptions(), out var writer);
        var queued = ledger.AppendAsync([Reading(1, 0, 100)]);
        await writer.StartAsync(CancellationToken.None);
        await writer.StopAsync(CancellationToken.None);

        Assert.Equal(1, (await queued).Inserted);
        await Assert.ThrowsAsync<ObjectDisposedException>(() => ledger.AppendAsync([Reading(2, 1, 100)]));
    }

    [Fact]
    public async Task Downsampling_reports_min_max_avg_and_last_per_bucket()
    {
        var ledger = await StartLedgerAsync();
        // Minute 0: 100, 130, 110 (last 110, rain 1+2); minute 1: nothing; minute 2: 200 (no rain).
        await ledger.AppendAsync([Reading(1, 0, 100, 1), Reading(3, 40, 110, 2), Reading(2, 20, 130), Reading(4, 130, 200)]);

        var buckets = await ledger.ReadGaugeReadingsDownsampledAsync(gauge, T0, T0.AddHours(1), TimeSpan.FromMinutes(1));

        Assert.Equal(2, buckets.Count);
        Assert.Equal(new GaugeReadingBucket(T0, 100, 130, 340.0 / 3, 110, 3, 3), buckets[0] with { AvgLevelCm = 340.0 / 3 });
        Assert.Equal(340.0 / 3, buckets[0].AvgLevelCm, 6);
        Assert.Equal(T0.AddMinutes(2), buckets[1].Start);
        Assert.Equal((200.0, 200.0, 200.0, 1), (buckets[1].MinLevelCm, buckets[1].LastLevelCm, buckets[1].AvgLevelCm, buckets[1].Count));
        Assert.Null(buckets[1].RainfallMm);
    }

    private GaugeReadingRow Reading(long seq, int secondsAfterT0, double level, double? rain = null) =>
        new(gauge, seq, T0.AddSeconds(secondsAfterT0), level, rain);

    private async Task<GaugeReadingLedger> StartLedgerAsync()
    {
        var ledger = CreateLedger(new LedgerOptions(), out var writer);
        await writer.StartAsync(CancellationToken.None);
        return ledger;
    }

    private GaugeReadingLedger CreateLedger(LedgerOptions options, out LedgerWriter<GaugeReadingRow, (string, long)> writer)
    {
        writer = new LedgerWriter<GaugeReadingRow, (string, long)>(new GaugeReadingTable(), database, Options.Create(options),
            TimeProvider.System, NullLogger<LedgerWriter<GaugeReadingRow, (string, long)>>.Instance);
        writers.Add(writer);
        return new GaugeReadingLedger(writer, database);
    }
}
