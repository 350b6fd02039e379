using System.Security.Claims;
using AmbonCC.Security;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;

namespace AmbonCC.Web.Security;

/// <summary>Named authorization policies; pages and endpoints refer to these names only.</summary>
public static class AccessPolicies
{
    /// <summary>Any signed-in person (not a machine key).</summary>
    public const string Staff = "staff";
    public const string OpsDashboard = "ops-dashboard";
    public const string Supervisors = "supervisors";
    public const string Admins = "admins";

    /// <summary>Devices sending their own data (the subject is checked per request).</summary>
    public const string Devices = "devices";

    /// <summary>Messaging gateways reporting receipts.</summary>
    public const string Gateways = "gateways";

    /// <summary>Any signed-in person or any valid API key: read-only reference data.</summary>
    public const string AnyClient = "any-client";

    /// <summary>Machine clients with an OPD key, OPD staff, or people of the command center.</summary>
    public const string OpdApi = "opd-api";

    public static void Configure(AuthorizationOptions options)
    {
        var cookie = CookieAuthenticationDefaults.AuthenticationScheme;
        options.AddPolicy(Staff, p => p.AddAuthenticationSchemes(cookie).RequireAuthenticatedUser());
        options.AddPolicy(OpsDashboard, p => p.AddAuthenticationSchemes(cookie).RequireRole(Roles.Ops, Roles.Admin));
        options.AddPolicy(Supervisors, p => p.AddAuthenticationSchemes(cookie).RequireRole(Roles.Supervisor, Roles.Admin));
        options.AddPolicy(Admins, p => p.AddAuthenticationSchemes(cookie).RequireRole(Roles.Admin));
        options.AddPolicy(OpdApi, p => p
            .AddAuthenticationSchemes(cookie, ApiKeyAuthenticationHandler.SchemeName)
            .RequireAssertion(c => c.User.HasClaim(ApiKeyAuthenticationHandler.ScopeClaim, ApiScopes.Opd) || c.User.IsInRole(Roles.OpdStaff) || IsCenterStaff(c.User)));
        var key = ApiKeyAuthenticationHandler.SchemeName;
        options.AddPolicy(Devices, p => p.AddAuthenticationSchemes(key).RequireClaim(ApiKeyAuthenticationHandler.ScopeClaim, ApiScopes.DeviceIngest));
        options.AddPolicy(Gateways, p => p.AddAuthenticationSchemes(key).RequireClaim(ApiKeyAuthenticationHandler.ScopeClaim, ApiScopes.Gateway));
        options.AddPolicy(AnyClient, p => p.AddAuthenticationSchemes(cookie, key).RequireAuthenticatedUser());
        options.FallbackPolicy = options.GetPolicy(Staff);
    }

    /// <summary>People who work in the command center see every OPD's work; an OPD key or OPD staff only its own.</summary>
    public static bool MaySpeakFor(ClaimsPrincipal user, string subject)
    {
        if (user.FindFirst(ApiKeyAuthenticationHandler.SubjectClaim) is { } keySubject)
        {
            return string.Equals(keySubject.Value, subject, StringComparison.OrdinalIgnoreCase);
        }

        if (user.IsInRole(Roles.OpdStaff) && !IsCenterStaff(user))
        {
            return subject.StartsWith("opd:", StringComparison.Ordinal)
                && string.Equals(user.FindFirst(OpdClaim)?.Value, subject[4..], StringComparison.OrdinalIgnoreCase);
        }

        return IsCenterStaff(user);
    }

    public const string OpdClaim = "ambon:opd";

    private static bool IsCenterStaff(ClaimsPrincipal user) =>
        user.Identity?.AuthenticationType == CookieAuthenticationDefaults.AuthenticationScheme
        && (user.IsInRole(Roles.Operator) || user.IsInRole(Roles.Supervisor) || user.IsInRole(Roles.Admin) || user.IsInRole(Roles.TaxOfficer));
}
