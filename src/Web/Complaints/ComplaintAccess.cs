using System.Security.Claims;
using System.Threading.RateLimiting;
using AmbonCC.Complaints;
using AmbonCC.Security;
using AmbonCC.Web.Security;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace AmbonCC.Web.Complaints;

/// <summary>
/// Who may do what with complaints. The center's desk (Operator, Supervisor, Admin) sees everything, the reporter's
/// identity included (each view audited by the grain); OPD staff and OPD keys only what is dispatched to their OPD,
/// without the identity of an anonymous or confidential reporter; Open311 and the public never see it.
/// </summary>
public static class ComplaintAccess
{
    /// <summary>Lists and reads: the desk, OPD staff, OPD keys.</summary>
    public const string Read = "complaints-read";

    /// <summary>Verify, postpone, reject, archive, dispatch, respond, confirm, reopen, merge, chat: the desk.</summary>
    public const string Desk = "complaints-desk";

    /// <summary>The OPD's follow-up: OPD staff of that OPD or a key with subject <c>opd:CODE</c>.</summary>
    public const string Opd = "complaints-opd";

    /// <summary>Open311 intake: a key of scope <see cref="Open311Scope"/>.</summary>
    public const string Open311 = "open311-intake";

    public const string Open311Scope = ApiScopes.Open311;

    private static readonly string[] DeskRoles = [Roles.Operator, Roles.Supervisor, Roles.Admin];

    public static void AddPolicies(AuthorizationOptions options)
    {
        options.AddPolicy(Read, p => p.RequireAssertion(c => IsDesk(c.User) || OpdOf(c.User) is not null));
        options.AddPolicy(Desk, p => p.RequireAssertion(c => IsDesk(c.User)));
        options.AddPolicy(Opd, p => p.RequireAssertion(c => OpdOf(c.User) is not null));
        options.AddPolicy(Open311, p => p.RequireAssertion(c => IsKey(c.User, Open311Scope)));
    }

    public static bool IsDesk(ClaimsPrincipal user) => IsPerson(user) && DeskRoles.Any(user.IsInRole);

    /// <summary>The OPD an OPD staff member or OPD key acts for; null for anyone else.</summary>
    public static string? OpdOf(ClaimsPrincipal user)
    {
        if (IsKey(user, ApiScopes.Opd))
        {
            var subject = user.FindFirst(ApiKeyAuthenticationHandler.SubjectClaim)?.Value ?? "";
            return subject.StartsWith("opd:", StringComparison.OrdinalIgnoreCase) && subject.Length > 4 ? subject[4..].ToUpperInvariant() : null;
        }

        return IsPerson(user) && user.IsInRole(Roles.OpdStaff) && !IsDesk(user)
            ? user.FindFirst(AccessPolicies.OpdClaim)?.Value?.ToUpperInvariant()
            : null;
    }

    /// <summary>How the grain shapes the view for this caller.</summary>
    public static ComplaintReader ReaderFor(ClaimsPrincipal user) =>
        IsDesk(user) ? new ComplaintReader(Actor(user), ReaderKind.Desk)
        : OpdOf(user) is { } opd ? new ComplaintReader(Actor(user), ReaderKind.Opd, opd)
        : new ComplaintReader(Actor(user), ReaderKind.Public);

    /// <summary>Whether the caller may see this complaint at all (an OPD: only what is dispatched to it).</summary>
    public static bool MaySee(ClaimsPrincipal user, string? dispatchedTo) =>
        IsDesk(user) || (OpdOf(user) is { } opd && string.Equals(opd, dispatchedTo, StringComparison.OrdinalIgnoreCase));

    /// <summary>The audited name of the caller: the user name, or the key's subject.</summary>
    public static string Actor(ClaimsPrincipal user) =>
        user.FindFirst(ApiKeyAuthenticationHandler.SubjectClaim)?.Value ?? user.Identity?.Name ?? "anonymous";

    private static bool IsPerson(ClaimsPrincipal user) =>
        user.Identity is { IsAuthenticated: true, AuthenticationType: CookieAuthenticationDefaults.AuthenticationScheme };

    private static bool IsKey(ClaimsPrincipal user, string scope) =>
        user.Identity?.AuthenticationType == ApiKeyAuthenticationHandler.SchemeName
        && user.HasClaim(ApiKeyAuthenticationHandler.ScopeClaim, scope);
}

/// <summary>Public intake (the chat, /lapor, Open311 POST) per client address: a fixed window.</summary>
public sealed class PublicIntakeThrottle : IDisposable
{
    private readonly PartitionedRateLimiter<string> limiter;

    public PublicIntakeThrottle(IOptions<ComplaintOptions> options)
    {
        var perMinute = Math.Max(1, options.Value.PublicIntakePerMinute);
        limiter = PartitionedRateLimiter.Create<string, string>(client => RateLimitPartition.GetFixedWindowLimiter(client, _ =>
            new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0, AutoReplenishment = true }));
    }

    /// <summary>Spends one permit of this client; false (and how long to wait) when its window is used up.</summary>
    public bool TryTake(HttpContext http, out TimeSpan retryAfter)
    {
        using var lease = limiter.AttemptAcquire(LoginThrottle.ClientOf(http), 1);
        retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(60);
        return lease.IsAcquired;
    }

    public void Dispose() => limiter.Dispose();
}
