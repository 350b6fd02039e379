using AmbonCC.City;
using AmbonCC.Platform;
using AmbonCC.Security;
using AmbonCC.Web.Security;

namespace AmbonCC.Web.Api;

/// <summary>
/// Issues API keys for the HTTP API and the admin command alike. The subject must name something the city knows,
/// where the kind has a directory (gauges, cameras, terminals, OPDs); gateways, VMS and Open311 clients have none.
/// </summary>
public static class ApiKeyIssuer
{
    /// <summary>The new key (shown once); throws <see cref="ArgumentException"/> naming the field when refused.</summary>
    public static async Task<(string Key, ApiKeyPrincipal Issued)> IssueAsync(IGrainFactory grains, string? subject, string? scope, string issuedBy)
    {
        subject = subject?.Trim() ?? "";
        var (kind, code) = ApiKeySubjects.Parse(subject);
        if (!ApiScopes.All.Contains(scope ?? ""))
        {
            throw new ArgumentException($"One of {string.Join(", ", ApiScopes.All)}.", "scope");
        }

        if (!await ExistsAsync(grains.GetGrain<ICityDirectoryGrain>(CityKeys.City), kind, code))
        {
            throw new ArgumentException($"No {kind} '{code}' in the city directory.", "subject");
        }

        var (keyId, secret, key) = ApiKeys.NewKey();
        var issued = await grains.GetGrain<IApiKeyGrain>(keyId).IssueAsync(ApiKeys.HashSecret(secret), subject, scope!, issuedBy);
        return (key, issued);
    }

    private static async Task<bool> ExistsAsync(ICityDirectoryGrain directory, string kind, string code) => kind switch
    {
        ApiKeySubjects.Gauge => (await directory.GetIndexAsync(CityIndexKind.RiverGauge)).Contains(code),
        ApiKeySubjects.Camera => (await directory.GetIndexAsync(CityIndexKind.Camera)).Contains(code),
        ApiKeySubjects.Terminal => (await directory.GetIndexAsync(CityIndexKind.TaxTerminal)).Contains(code),
        ApiKeySubjects.Opd => (await directory.GetOpdsAsync()).Any(o => string.Equals(o.Code, code, StringComparison.OrdinalIgnoreCase)),
        _ => true,
    };
}
