using System.Security.Claims;
using AmbonCC.Cameras;
using AmbonCC.Complaints;
using AmbonCC.Incidents;
using AmbonCC.Platform;
using AmbonCC.Web.Complaints;
using AmbonCC.Web.Services;

namespace AmbonCC.Web.Map;

/// <summary>
/// The map feed's snapshot side: fills a <see cref="CityPicture"/> from the grain contracts (camera profiles and
/// statuses, gauge statuses, the tax terminals, the complaint index, the incident queue), only for the layers asked
/// for and allowed to the reader. Live events then change it row by row (<see cref="CityPicture"/>).
/// </summary>
public sealed class CityPictureLoader(IGrainFactory grains, CityCatalog catalog, TaxMapAdapter tax)
{
    /// <summary>The index answers at most this many rows per page; more open complaints than this are not drawn.</summary>
    public const int ComplaintPage = 1000;

    public async Task<CityPicture> LoadAsync(MapLayers wanted, ClaimsPrincipal user)
    {
        var picture = new CityPicture { Layers = wanted & MapAccess.Allowed(user) };
        picture.Kelurahan = await catalog.KelurahanAsync();
        var layers = picture.Layers;
        if ((layers & MapLayers.Cameras) != 0)
        {
            var profiles = await catalog.CamerasAsync();
            var statuses = await Task.WhenAll(profiles.Select(p => grains.GetGrain<ICameraGrain>(p.Code).GetStatusAsync()));
            foreach (var (profile, status) in profiles.Zip(statuses))
            {
                picture.Cameras[profile.Code] = new CameraSpot(profile.Code, profile.Name, profile.Latitude, profile.Longitude, status?.Health ?? CameraHealth.Unknown);
            }
        }

        if ((layers & MapLayers.Gauges) != 0)
        {
            foreach (var gauge in await catalog.GaugeStatusesAsync())
            {
                picture.Gauges[gauge.Code] = gauge;
            }
        }

        if ((layers & MapLayers.TaxTerminals) != 0)
        {
            await tax.LoadAsync(picture);
        }

        if ((layers & MapLayers.Complaints) != 0)
        {
            var page = await Index.ListAsync(new ComplaintFilter(Open: true, OpdCode: ComplaintAccess.OpdOf(user), Limit: ComplaintPage));
            foreach (var summary in page.Items.Where(s => ComplaintAccess.MaySee(user, s.OpdCode)))
            {
                picture.Complaints[summary.Id] = summary;
            }

            picture.ComplaintsTruncated = page.Total > page.Items.Length;
        }

        if ((layers & MapLayers.Incidents) != 0)
        {
            foreach (var incident in await grains.GetGrain<IIncidentQueueGrain>(CityKeys.City).GetOpenAsync())
            {
                picture.Incidents[incident.Id] = incident;
            }
        }

        return picture;
    }

    /// <summary>A complaint's row after a change, or null when the reader may not see it.</summary>
    public async Task<ComplaintSummary?> ComplaintAsync(string id, ClaimsPrincipal user) =>
        await Index.GetAsync(id) is { } summary && ComplaintAccess.MaySee(user, summary.OpdCode) ? summary : null;

    private IComplaintIndexGrain Index => grains.GetGrain<IComplaintIndexGrain>(CityKeys.City);
}
