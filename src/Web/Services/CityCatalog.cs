using System.Collections.Immutable;
using AmbonCC.Cameras;
using AmbonCC.City;
using AmbonCC.Platform;
using AmbonCC.RiverGauges;
using AmbonCC.TaxTerminals;

namespace AmbonCC.Web.Services;

/// <summary>Reads the city's registered things for the UI and API: the directory's index, then each grain's profile.</summary>
public sealed class CityCatalog(IGrainFactory grains)
{
    private ICityDirectoryGrain Directory => grains.GetGrain<ICityDirectoryGrain>(CityKeys.City);

    public Task<CityCounts> CountsAsync() => Directory.GetCountsAsync();

    public async Task<IReadOnlyDictionary<string, Kelurahan>> KelurahanAsync() =>
        (await Directory.GetKelurahanAsync()).ToDictionary(k => k.Code);

    public Task<ImmutableArray<Opd>> OpdsAsync() => Directory.GetOpdsAsync();

    public Task<IReadOnlyList<CameraProfile>> CamerasAsync() =>
        ProfilesAsync(CityIndexKind.Camera, code => grains.GetGrain<ICameraGrain>(code).GetProfileAsync());

    public Task<IReadOnlyList<GaugeProfile>> GaugesAsync() =>
        ProfilesAsync(CityIndexKind.RiverGauge, code => grains.GetGrain<IRiverGaugeGrain>(code).GetProfileAsync());

    /// <summary>Every gauge's current status, by river then code.</summary>
    public async Task<List<GaugeStatus>> GaugeStatusesAsync()
    {
        var gauges = await GaugesAsync();
        var statuses = await Task.WhenAll(gauges.Select(g => grains.GetGrain<IRiverGaugeGrain>(g.Code).GetStatusAsync()));
        return [.. statuses.OfType<GaugeStatus>().OrderBy(s => s.RiverName).ThenBy(s => s.Code)];
    }

    public Task<IReadOnlyList<RestaurantProfile>> RestaurantsAsync() =>
        ProfilesAsync(CityIndexKind.TaxTerminal, serial => grains.GetGrain<ITaxTerminalGrain>(serial).GetProfileAsync());

    private async Task<IReadOnlyList<T>> ProfilesAsync<T>(CityIndexKind kind, Func<string, Task<T?>> load)
        where T : class
    {
        var keys = await Directory.GetIndexAsync(kind);
        var profiles = await Task.WhenAll(keys.Select(load));
        return [.. profiles.OfType<T>()];
    }
}
