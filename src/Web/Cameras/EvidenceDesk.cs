using System.Security.Cryptography;
using AmbonCC.Cameras;
using AmbonCC.City;

namespace AmbonCC.Web.Cameras;

/// <summary>
/// Records a police request the same way for the API and the evidence page: the request's rules against the
/// cameras' profiles and retention, then a fresh id (the city date and a random part) and the request's grain.
/// </summary>
public sealed class EvidenceDesk(IGrainFactory grains, TimeProvider time, CityClock city)
{
    /// <summary>Field → problems when refused (nothing stored), else the stored request.</summary>
    public async Task<(IReadOnlyDictionary<string, string[]> Errors, EvidenceView? View)> RecordAsync(EvidenceRequest request, string recordedBy)
    {
        var codes = request.CameraCodes.IsDefault ? [] : request.CameraCodes;
        var profiles = await Task.WhenAll(codes.Distinct(StringComparer.Ordinal).Take(50)
            .Where(c => c.Length is > 0 and <= 100)
            .Select(c => grains.GetGrain<ICameraGrain>(c).GetProfileAsync()));
        var cameras = profiles.OfType<CameraProfile>().ToDictionary(p => p.Code, StringComparer.Ordinal);
        var now = time.GetUtcNow();
        var errors = EvidenceRules.Validate(request, cameras, now, city);
        if (errors.Count > 0)
        {
            return (errors, null);
        }

        var id = $"EV-{city.ToCityTime(now):yyyyMMdd}-{Convert.ToHexString(RandomNumberGenerator.GetBytes(3))}";
        return (errors, await grains.GetGrain<IEvidenceRequestGrain>(id).RecordAsync(request, recordedBy));
    }

    public Task<IReadOnlyList<EvidenceView>> ListAsync() => grains.GetGrain<IEvidenceIndexGrain>(AmbonCC.Platform.CityKeys.City).ListAsync();

    public IEvidenceRequestGrain Request(string id) => grains.GetGrain<IEvidenceRequestGrain>(id);
}
