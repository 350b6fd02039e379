using AmbonCC.Platform.Ledger;
using AmbonCC.Silo.Database;
using AmbonCC.Silo.Ledger;
using AmbonCC.Silo.TaxTerminals;
using AmbonCC.TaxTerminals;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AmbonCC.IntegrationTests.Ledger;

public sealed class SqliteTaxLedgerTests(SqliteDatabaseFixture fixture) : TaxLedgerTests(fixture), IClassFixture<SqliteDatabaseFixture>;

/// <summary>On PostgreSQL the receipts go by binary COPY into a staging table (LedgerCopyWriter): same outcomes.</summary>
public sealed class PostgresTaxLedgerTests(PostgresDatabaseFixture fixture) : TaxLedgerTests(fixture), IClassFixture<PostgresDatabaseFixture>;

/// <summary>The tax receipt ledger's appends: every receipt stored once, duplicates told apart, content round-trips.</summary>
public abstract class TaxLedgerTests(TestDatabaseFixture fixture) : IAsyncLifetime
{
    private static readonly DateTimeOffset T0 = new(2026, 12, 1, 12, 0, 0, TimeSpan.FromHours(9));
    private readonly AmbonDatabase database = fixture.Database;
    private readonly string serial = "T-" + Guid.NewGuid().ToString("N")[..10];
    private LedgerWriter<TaxTransactionRow, (string, long)>? writer;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (writer is not null)
        {
            await writer.StopAsync(CancellationToken.None);
        }
    }

    [Fact]
    public async Task Receipts_round_trip_and_duplicates_within_and_across_calls_are_reported()
    {
        var ledger = await StartAsync();
        var void7 = new TaxTransaction(8, T0.AddMinutes(8), 10_000.5m, 1_000.05m, 0m, 11_000.55m, TransactionKind.Void, 7, null);
        var first = await ledger.AppendAsync([Row(7), Row(new TaxTransaction(8, T0, 1m, 0.1m, 0m, 1.1m, TransactionKind.Sale, null, "cash")), Row(void7)]);
        Assert.Equal([AppendOutcome.Inserted, AppendOutcome.Inserted, AppendOutcome.Duplicate], first.Outcomes);

        // 7 again (a retry) and 9 twice in one call: the first 9 is stored, the second is its duplicate.
        var second = await ledger.AppendAsync([Row(9), Row(7), Row(9)]);
        Assert.Equal([AppendOutcome.Inserted, AppendOutcome.Duplicate, AppendOutcome.Duplicate], second.Outcomes);

        var stored = await ledger.ReadAfterAsync(serial, 0, 10);
        Assert.Equal([7L, 8L, 9L], stored.Select(s => s.Row.Transaction.ReceiptNo));
        Assert.Equal(Row(7), stored[0].Row);
        Assert.Equal(TimeSpan.Zero, stored[0].ReceivedAt.Offset);
        Assert.Equal(1.1m, stored[1].Row.Transaction.Total);
        Assert.Equal("cash", stored[1].Row.Transaction.Payment);
        Assert.Equal(0, ledger.Statistics.FailedBatches);
    }

    [Fact]
    public async Task A_void_with_no_payment_keeps_its_nulls_and_hash()
    {
        var ledger = await StartAsync();
        var row = Row(new TaxTransaction(3, T0, 45_000m, 4_500m, 0m, 49_500m, TransactionKind.Void, 2, null));
        Assert.Equal(1, (await ledger.AppendAsync([row])).Inserted);

        var stored = Assert.Single(await ledger.ReadAfterAsync(serial, 0, 10));
        Assert.Equal(row, stored.Row);
        Assert.Equal(row.ContentHash, (await ledger.ReadHashesAsync(serial, [3L]))[3]);
    }

    [Fact]
    public async Task Overlapping_batches_from_many_callers_store_each_receipt_once()
    {
        var ledger = await StartAsync();
        // 40 callers send receipts 1..100 in batches of 100, half of them in reverse order (lock order is the writer's).
        var results = await Task.WhenAll(Enumerable.Range(0, 40).Select(c => Task.Run(() =>
            ledger.AppendAsync([.. Enumerable.Range(1, 100).Select(i => Row(c % 2 == 0 ? i : 101 - i))]))));

        Assert.Equal(100, results.Sum(r => r.Inserted));
        Assert.Equal(100, await ledger.CountAsync(serial));
        Assert.Equal(0, ledger.Statistics.FailedBatches);
    }

    private TaxTransactionRow Row(long receiptNo) =>
        Row(new TaxTransaction(receiptNo, T0.AddSeconds(receiptNo), 45_000m, 4_500m, 2_250m, 51_750m, TransactionKind.Sale, null, "qris"));

    private TaxTransactionRow Row(TaxTransaction t) => TaxTransactionRow.From(serial, "P.TEST." + serial, t);

    private async Task<TaxTransactionLedger> StartAsync()
    {
        writer = new LedgerWriter<TaxTransactionRow, (string, long)>(new TaxTransactionTable(), database, Options.Create(new LedgerOptions()),
            TimeProvider.System, NullLogger<LedgerWriter<TaxTransactionRow, (string, long)>>.Instance);
        await writer.StartAsync(CancellationToken.None);
        return new TaxTransactionLedger(writer, database);
    }
}
