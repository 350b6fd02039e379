using AmbonCC.City;

namespace AmbonCC.Silo.Seed;

/// <summary>
/// What a seed part needs to register its items: the grains, the directory, and a bounded number of calls in flight.
/// </summary>
/// <param name="parallelism">
/// Registrations in flight. PostgreSQL takes many writers at once; SQLite takes one, and a writer that finds the
/// file locked sleeps before it retries (Microsoft.Data.Sqlite's busy loop), so on SQLite 32 in flight made the
/// first start wait on those sleeps: there, one at a time is the fastest.
/// </param>
internal sealed class DemoSeedRun(IGrainFactory grains, int parallelism)
{
    public IGrainFactory Grains { get; } = grains;

    public ICityDirectoryGrain Directory => Grains.GetGrain<ICityDirectoryGrain>(ICityDirectoryGrain.AmbonKey);

    private readonly int parallelism = Math.Max(1, parallelism);

    /// <summary>Registers every item (a bounded batch at a time) and lists the keys in the directory afterwards.</summary>
    /// <remarks>Index last: a key is only listed once its grain holds a profile.</remarks>
    public async Task<DemoSeedPartResult> RegisterAsync<T>(
        IReadOnlyList<T> items,
        Func<T, Task<bool>> register,
        CityIndexKind index,
        Func<T, string> key,
        CancellationToken cancellationToken)
    {
        var changed = await ForEachAsync(items, async item => await register(item) ? 1 : 0, cancellationToken);
        var added = await Directory.AddToIndexAsync(index, [.. items.Select(key)]);
        return new DemoSeedPartResult(changed.Sum(), items.Count, added);
    }

    /// <summary>Runs <paramref name="action"/> for every item, a bounded batch at a time.</summary>
    public async Task<List<TResult>> ForEachAsync<T, TResult>(
        IReadOnlyList<T> items, Func<T, Task<TResult>> action, CancellationToken cancellationToken)
    {
        var results = new List<TResult>(items.Count);
        foreach (var batch in items.Chunk(parallelism))
        {
            cancellationToken.ThrowIfCancellationRequested();
            results.AddRange(await Task.WhenAll(batch.Select(action)));
        }

        return results;
    }
}
