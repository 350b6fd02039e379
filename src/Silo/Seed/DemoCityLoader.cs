namespace AmbonCC.Silo.Seed;

/// <summary>What one load did: how many registrations changed state and how many index keys were new.</summary>
internal sealed record DemoCityLoadResult(int Registered, int Unchanged, int IndexKeysAdded)
{
    public static readonly DemoCityLoadResult Nothing = new(0, 0, 0);
}

/// <summary>
/// Registers a <see cref="DemoCity"/>: the city's reference data, then every module's <see cref="IDemoSeedPart"/>.
/// Every step is idempotent, so a load interrupted by a crash is finished by simply loading again; only the caller
/// decides when the city counts as seeded.
/// </summary>
internal sealed class DemoCityLoader(IGrainFactory grains, IEnumerable<IDemoSeedPart> parts, int parallelism = DemoCityLoader.DefaultParallelism)
{
    /// <summary>Enough calls in flight to keep two cores and a server database busy without queueing hundreds of writes.</summary>
    public const int DefaultParallelism = 32;

    public async Task<DemoCityLoadResult> LoadAsync(DemoCity city, CancellationToken cancellationToken = default)
    {
        var run = new DemoSeedRun(grains, parallelism);
        var registered = await run.Directory.SetReferenceDataAsync(city.ReferenceData) ? 1 : 0;
        var total = 1;
        var added = 0;
        foreach (var part in parts)
        {
            var result = await part.LoadAsync(city, run, cancellationToken);
            registered += result.Registered;
            total += result.Total;
            added += result.IndexKeysAdded;
        }

        return new DemoCityLoadResult(registered, total - registered, added);
    }
}
