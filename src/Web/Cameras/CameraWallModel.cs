using AmbonCC.Cameras;
using AmbonCC.City;
using AmbonCC.Web.Services;

namespace AmbonCC.Web.Cameras;

/// <summary>One tile: the fixed profile, the kecamatan it is in, and the latest status.</summary>
public sealed record CameraTile(CameraProfile Profile, string KecamatanCode, CameraStatus Status);

/// <summary>Loads the wall's tiles (profiles, kecamatan, statuses) for the pages.</summary>
public sealed class CameraWallLoader(CityCatalog catalog, IGrainFactory grains)
{
    public async Task<(List<CameraTile> Tiles, IReadOnlyList<Kecamatan> Kecamatan, IReadOnlyList<Kelurahan> Kelurahan)> LoadAsync()
    {
        var kelurahan = await catalog.KelurahanAsync();
        var directory = grains.GetGrain<ICityDirectoryGrain>(AmbonCC.Platform.CityKeys.City);
        var kecamatan = await directory.GetKecamatanAsync();
        var profiles = await catalog.CamerasAsync();
        var statuses = await Task.WhenAll(profiles.Select(p => grains.GetGrain<ICameraGrain>(p.Code).GetStatusAsync()));
        var tiles = profiles.Zip(statuses)
            .Where(x => x.Second is not null)
            .Select(x => new CameraTile(x.First, kelurahan.TryGetValue(x.First.KelurahanCode, out var k) ? k.KecamatanCode : "", x.Second!))
            .OrderBy(t => t.Profile.Category).ThenBy(t => t.Profile.Code, StringComparer.Ordinal)
            .ToList();
        return (tiles, [.. kecamatan.OrderBy(k => k.Name, StringComparer.Ordinal)], [.. kelurahan.Values]);
    }

    public Task<CameraStatus?> StatusAsync(string code) => grains.GetGrain<ICameraGrain>(code).GetStatusAsync();
}
