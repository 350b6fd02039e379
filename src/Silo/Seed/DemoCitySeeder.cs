using AmbonCC.City;
using AmbonCC.Silo.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AmbonCC.Silo.Seed;

/// <summary>
/// Loads the demo city into an empty store when the silo starts (<see cref="AmbonOptions.SeedDemoData"/>).
/// The directory is marked seeded only after every registration succeeded, so a crash mid-way leaves it
/// unmarked and the next start loads again; the idempotent registrations make that second pass cheap.
/// </summary>
/// <remarks>
/// Runs inside <see cref="StartAsync"/> so that the first page an operator opens already shows the city.
/// Must be registered after <c>UseOrleans</c> so that the silo is up before it calls grains.
/// </remarks>
internal sealed partial class DemoCitySeeder(
    IGrainFactory grains,
    IEnumerable<IDemoSeedPart> parts,
    IOptions<AmbonOptions> options,
    ILogger<DemoCitySeeder> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken) => await SeedAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Seeds unless disabled or already seeded; returns what the load did (nothing when skipped).</summary>
    public async Task<DemoCityLoadResult> SeedAsync(CancellationToken cancellationToken = default)
    {
        if (!options.Value.SeedDemoData)
        {
            LogDisabled();
            return DemoCityLoadResult.Nothing;
        }

        var directory = grains.GetGrain<ICityDirectoryGrain>(ICityDirectoryGrain.AmbonKey);
        if (await directory.GetSeedMarkAsync() is { } mark)
        {
            LogAlreadySeeded(mark.SeedVersion, mark.SeededAt);
            return DemoCityLoadResult.Nothing;
        }

        var city = DemoCity.LoadDefault();
        var loaded = parts.ToList();
        var result = await new DemoCityLoader(grains, loaded, Parallelism(options.Value.Profile)).LoadAsync(city, cancellationToken);
        await directory.MarkSeededAsync(DemoCity.SeedVersion);
        LogSeeded(DemoCity.SeedVersion, string.Join(", ", loaded.Select(p => p.Name)), result.Registered, result.Unchanged);
        return result;
    }

    /// <summary>One SQLite file takes one writer at a time; see <see cref="DemoCityLoader"/>.</summary>
    private static int Parallelism(StorageProfile profile) =>
        profile == StorageProfile.Embedded ? 1 : DemoCityLoader.DefaultParallelism;

    [LoggerMessage(LogLevel.Information, "Demo city seed is disabled (AmbonCC:SeedDemoData=false).")]
    private partial void LogDisabled();

    [LoggerMessage(LogLevel.Information, "Demo city already seeded ({SeedVersion} at {SeededAt}); nothing to do.")]
    private partial void LogAlreadySeeded(string seedVersion, DateTimeOffset seededAt);

    [LoggerMessage(LogLevel.Information,
        "Demo city {SeedVersion} seeded: reference data, {Parts} ({Registered} registrations changed state, {Unchanged} were already there).")]
    private partial void LogSeeded(string seedVersion, string parts, int registered, int unchanged);
}
