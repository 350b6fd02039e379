using System.Collections.Immutable;
using AmbonCC.Cameras;
using AmbonCC.City;
using AmbonCC.RiverGauges;
using AmbonCC.TaxTerminals;
using AmbonCC.Warnings;

namespace AmbonCC.Silo.Seed;

/// <summary>What one load did: how many registrations changed state and how many index keys were new.</summary>
internal sealed record DemoCityLoadResult(int Registered, int Unchanged, int IndexKeysAdded)
{
    public static readonly DemoCityLoadResult Nothing = new(0, 0, 0);
}

/// <summary>
/// Registers a <see cref="DemoCity"/> into its grains. Every step is idempotent, so a load interrupted by a
/// crash is finished by simply loading again; only the caller decides when the city counts as seeded.
/// </summary>
/// <param name="parallelism">
/// Registrations in flight. PostgreSQL takes many writers at once; SQLite takes one, and a writer that finds the
/// file locked sleeps before it retries (Microsoft.Data.Sqlite's busy loop), so on SQLite 32 in flight made the
/// first start wait on those sleeps: there, one at a time is the fastest.
/// </param>
internal sealed class DemoCityLoader(IGrainFactory grains, int parallelism = DemoCityLoader.DefaultParallelism)
{
    /// <summary>Enough calls in flight to keep two cores and a server database busy without queueing hundreds of writes.</summary>
    public const int DefaultParallelism = 32;

    private readonly int parallelism = Math.Max(1, parallelism);

    public async Task<DemoCityLoadResult> LoadAsync(DemoCity city, CancellationToken cancellationToken = default)
    {
        var directory = grains.GetGrain<ICityDirectoryGrain>(ICityDirectoryGrain.AmbonKey);
        var changes = new List<bool> { await directory.SetReferenceDataAsync(city.ReferenceData) };

        changes.AddRange(await RegisterAllAsync(city.Cameras, c => grains.GetGrain<ICameraGrain>(c.Code).RegisterAsync(c), cancellationToken));
        changes.AddRange(await RegisterAllAsync(city.Gauges, g => grains.GetGrain<IRiverGaugeGrain>(g.Code).RegisterAsync(g), cancellationToken));
        changes.AddRange(await RegisterAllAsync(city.Restaurants, r => grains.GetGrain<ITaxTerminalGrain>(r.TerminalSerial).RegisterAsync(r), cancellationToken));
        // Recipients of one kelurahan share a grain: register them in sequence per list, lists in parallel.
        var lists = city.Recipients.GroupBy(r => r.KelurahanCode, StringComparer.Ordinal).ToList();
        var perList = await RegisterAllAsync(lists, async group =>
        {
            var list = grains.GetGrain<IRecipientListGrain>(group.Key);
            var changed = 0;
            foreach (var recipient in group)
            {
                changed += await list.RegisterAsync(recipient) ? 1 : 0;
            }

            return changed;
        }, cancellationToken);
        var recipientChanges = perList.Sum();

        // Indexes last: a key is only listed once its grain holds a profile.
        var added = 0;
        added += await directory.AddToIndexAsync(CityIndexKind.Camera, [.. city.Cameras.Select(c => c.Code)]);
        added += await directory.AddToIndexAsync(CityIndexKind.RiverGauge, [.. city.Gauges.Select(g => g.Code)]);
        added += await directory.AddToIndexAsync(CityIndexKind.TaxTerminal, [.. city.Restaurants.Select(r => r.TerminalSerial)]);
        added += await directory.AddToIndexAsync(CityIndexKind.RecipientList, [.. lists.Select(l => l.Key)]);

        var registered = changes.Count(c => c) + recipientChanges;
        var total = changes.Count + city.Recipients.Length;
        return new DemoCityLoadResult(registered, total - registered, added);
    }

    private async Task<List<TResult>> RegisterAllAsync<T, TResult>(
        IReadOnlyList<T> items, Func<T, Task<TResult>> register, CancellationToken cancellationToken)
    {
        var results = new List<TResult>(items.Count);
        foreach (var batch in items.Chunk(parallelism))
        {
            cancellationToken.ThrowIfCancellationRequested();
            results.AddRange(await Task.WhenAll(batch.Select(register)));
        }

        return results;
    }
}
