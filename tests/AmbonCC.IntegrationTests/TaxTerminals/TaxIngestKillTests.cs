using System.Collections.Concurrent;
using System.Collections.Immutable;
using AmbonCC.City;
using AmbonCC.IntegrationTests.Infrastructure;
using AmbonCC.TaxTerminals;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace AmbonCC.IntegrationTests.TaxTerminals;

/// <summary>
/// A silo stopped abruptly (no deactivation, writer loops cancelled) in the middle of ingest: every acknowledged
/// receipt is in the ledger after the restart, and resending everything, acknowledged or not, stores no duplicate.
/// The stop is in-process (<see cref="TestSilo.KillAsync"/>), not a SIGKILL of a separate process.
/// </summary>
public sealed class TaxIngestKillTests(ITestOutputHelper output)
{
    private const int Senders = 4;
    private const int BatchesPerSender = 40;
    private const int BatchSize = 25;

    [Fact]
    public async Task Acknowledged_receipts_survive_an_abrupt_stop_once_and_a_full_resend_adds_no_duplicates()
    {
        var settings = SiloSettings.Embedded(TestDatabases.NewSqliteDirectory());
        var serial = "KILL-" + Guid.NewGuid().ToString("N")[..8];
        var profile = new RestaurantProfile("P.9.KILL." + serial, "Kafe Uji", RestaurantKind.Kafe, "Jl. Uji", "81.71.01.1006", -3.69, 128.18, serial,
            [.. Enum.GetValues<DayOfWeek>().Select(d => new OpeningHours(d, new TimeOnly(0, 0), new TimeOnly(23, 59)))], 100);
        var batches = Enumerable.Range(0, Senders * BatchesPerSender).Select(b => Batch(b * BatchSize + 1, BatchSize)).ToList();
        var acknowledged = new ConcurrentBag<long>();

        await using (var first = await TestSilo.StartAsync(settings, output, "first"))
        {
            await first.Grains.GetGrain<ITaxTerminalGrain>(serial).RegisterAsync(profile);
            var halfway = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var senders = Enumerable.Range(0, Senders).Select(s => Task.Run(async () =>
            {
                for (var b = s; b < batches.Count; b += Senders)
                {
                    try
                    {
                        await first.Grains.GetGrain<ITaxTerminalGrain>(serial).IngestAsync(batches[b]);
                        foreach (var t in batches[b])
                        {
                            acknowledged.Add(t.ReceiptNo);
                        }

                        if (acknowledged.Count >= batches.Count * BatchSize / 3)
                        {
                            halfway.TrySetResult();
                        }
                    }
                    catch (Exception)
                    {
                        // The silo went away under this call: not acknowledged, so the device will resend it.
                        halfway.TrySetResult();
                        return;
                    }
                }
            })).ToList();

            await halfway.Task.WaitAsync(TimeSpan.FromSeconds(60));
            await first.KillAsync();
            await Task.WhenAll(senders);
        }

        output.WriteLine($"{acknowledged.Count} of {batches.Count * BatchSize} receipts acknowledged before the stop");
        Assert.NotEmpty(acknowledged);
        Assert.True(acknowledged.Count < batches.Count * BatchSize, "The stop came after every batch was acknowledged: nothing was in flight.");

        await using var second = await TestSilo.StartAsync(settings.AnotherSilo(), output, "second");
        var ledger = second.Services.GetRequiredService<ITaxTransactionLedger>();
        var stored = await ledger.ReadHashesAsync(serial, [.. acknowledged]);
        Assert.Equal(acknowledged.Distinct().Count(), stored.Count);

        var terminal = second.Grains.GetGrain<ITaxTerminalGrain>(serial);
        var accepted = 0;
        var duplicates = 0;
        foreach (var batch in batches)
        {
            var result = await terminal.IngestAsync(batch);
            accepted += result.Accepted;
            duplicates += result.Duplicates;
        }

        Assert.Equal(batches.Count * BatchSize, await ledger.CountAsync(serial));
        Assert.True(duplicates >= acknowledged.Count, $"{duplicates} duplicates, {acknowledged.Count} acknowledged");
        Assert.Equal(batches.Count * BatchSize, accepted + duplicates);
        Assert.Equal(batches.Count * BatchSize, (await terminal.GetStatusAsync())!.LastReceiptNo);
    }

    private static List<TaxTransaction> Batch(long first, int count)
    {
        var at = DateTimeOffset.UtcNow.AddHours(-2);
        return [.. Enumerable.Range(0, count).Select(i => new TaxTransaction(first + i, at.AddSeconds(first + i), 30_000m, 3_000m, 0m, 33_000m, TransactionKind.Sale))];
    }
}
