using System.Collections.Concurrent;
using AmbonCC.City;
using AmbonCC.IntegrationTests.Infrastructure;
using AmbonCC.TaxTerminals;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace AmbonCC.IntegrationTests.TaxTerminals;

/// <summary>
/// The headless silo executable, on PostgreSQL, is SIGKILLed in the middle of tax ingest from an Orleans client:
/// every receipt the client had acknowledged is in the ledger exactly once when a new silo of the same cluster
/// takes over, and resending every batch (acknowledged or not) adds the missing ones and no duplicate.
/// </summary>
[Collection(MultiSiloCollection.Name)]
public sealed class TaxIngestProcessKillTests(ITestOutputHelper output) : ProcessKillTest("ambon_taxkill")
{
    private const int Senders = 4;
    private const int BatchSize = 25;
    private const int Batches = 240;

    [Fact]
    public async Task Receipts_acknowledged_before_a_sigkill_are_stored_once_and_a_full_resend_adds_no_duplicate()
    {
        settings = SiloSettings.Production(postgres);
        child = SiloProcess.Start(settings, output, "child");
        var serial = "PKILL-" + Guid.NewGuid().ToString("N")[..8];
        var profile = new RestaurantProfile("P.9.PKILL." + serial, "Kafe Uji", RestaurantKind.Kafe, "Jl. Uji", "81.71.01.1006", -3.69, 128.18, serial,
            [.. Enum.GetValues<DayOfWeek>().Select(d => new OpeningHours(d, new TimeOnly(0, 0), new TimeOnly(23, 59)))], 100);
        var batches = Enumerable.Range(0, Batches).Select(b => Batch(b * BatchSize + 1, BatchSize)).ToList();
        var acknowledged = new ConcurrentBag<long>();

        // The child starts cold on a busy machine: connect (and register) once its gateway answers.
        var client = await Eventually.SucceedsAsync(() => TestClient.ConnectAsync(child.Settings, output, "client"), TimeSpan.FromSeconds(120), _ => true, "the silo process's gateway");
        await using (client)
        {
            await client.Grains.GetGrain<ITaxTerminalGrain>(serial).RegisterAsync(profile);
            var third = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var senders = Enumerable.Range(0, Senders).Select(s => Task.Run(async () =>
            {
                for (var b = s; b < batches.Count; b += Senders)
                {
                    try
                    {
                        await client.Grains.GetGrain<ITaxTerminalGrain>(serial).IngestAsync(batches[b]);
                    }
                    catch (Exception)
                    {
                        third.TrySetResult(); // the process went away under this call: not acknowledged
                        return;
                    }

                    foreach (var t in batches[b])
                    {
                        acknowledged.Add(t.ReceiptNo);
                    }

                    if (acknowledged.Count >= Batches * BatchSize / 3)
                    {
                        third.TrySetResult();
                    }
                }
            })).ToList();

            await third.Task.WaitAsync(TimeSpan.FromSeconds(120));
            child.Kill();
            output.WriteLine($"SIGKILL with {acknowledged.Count} of {Batches * BatchSize} receipts acknowledged");
            await Task.WhenAll(senders).WaitAsync(TimeSpan.FromSeconds(120));
        }

        Assert.NotEmpty(acknowledged);
        Assert.True(acknowledged.Count < Batches * BatchSize, "Every batch was acknowledged before the kill: nothing was in flight.");

        survivor = await TestSilo.StartAsync(settings.AnotherSilo(), output, "survivor");
        var ledger = survivor.Services.GetRequiredService<ITaxTransactionLedger>();
        var stored = await ledger.ReadHashesAsync(serial, [.. acknowledged.Distinct()]);
        Assert.Equal(acknowledged.Distinct().Count(), stored.Count);
        Assert.Equal(acknowledged.Count, acknowledged.Distinct().Count());

        // The dead silo still owns the terminal until the survivor declares it dead: the first resend waits for that.
        var terminal = survivor.Grains.GetGrain<ITaxTerminalGrain>(serial);
        var first = await Eventually.SucceedsAsync(() => terminal.IngestAsync(batches[0]), TimeSpan.FromSeconds(120), _ => true, "the terminal back on the survivor");
        var accepted = first.Accepted;
        var duplicates = first.Duplicates;
        foreach (var batch in batches.Skip(1))
        {
            var result = await terminal.IngestAsync(batch);
            accepted += result.Accepted;
            duplicates += result.Duplicates;
        }

        Assert.Equal(Batches * BatchSize, await ledger.CountAsync(serial));
        Assert.Equal(Batches * BatchSize, accepted + duplicates);
        Assert.True(duplicates >= acknowledged.Count, $"{duplicates} duplicates, {acknowledged.Count} acknowledged");
    }

    private static List<TaxTransaction> Batch(long first, int count)
    {
        var at = DateTimeOffset.UtcNow.AddHours(-2);
        return [.. Enumerable.Range(0, count).Select(i => new TaxTransaction(first + i, at.AddSeconds(first + i), 30_000m, 3_000m, 0m, 33_000m, TransactionKind.Sale))];
    }
}
