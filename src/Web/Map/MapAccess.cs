using System.Security.Claims;
using AmbonCC.Web.Complaints;
using AmbonCC.Web.Security;

namespace AmbonCC.Web.Map;

/// <summary>
/// Which layers a reader may see: the same roles as each layer's own pages (README, Access). A layer the reader may
/// not open is not loaded at all, so nothing of it reaches the browser.
/// </summary>
public static class MapAccess
{
    public static MapLayers Allowed(ClaimsPrincipal user)
    {
        var layers = MapLayers.None;
        if (AccessPolicies.Allows(user, AccessPolicies.Staff))
        {
            layers |= MapLayers.Gauges;
        }

        if (AccessPolicies.Allows(user, AccessPolicies.ViewCameraWall))
        {
            layers |= MapLayers.Cameras;
        }

        if (AccessPolicies.Allows(user, AccessPolicies.TaxWork))
        {
            layers |= MapLayers.TaxTerminals;
        }

        if (ComplaintAccess.IsDesk(user) || ComplaintAccess.OpdOf(user) is not null)
        {
            layers |= MapLayers.Complaints;
        }

        if (AccessPolicies.Allows(user, AccessPolicies.ReadIncidents))
        {
            layers |= MapLayers.Incidents;
        }

        return layers;
    }
}
