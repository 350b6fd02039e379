using System.Collections.Concurrent;
using System.Security.Claims;
using AmbonCC.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace AmbonCC.Web.Security;

/// <summary>
/// Whether a sign-in cookie still stands for a usable account: its session stamp must be the account's current one
/// (disabling the account or resetting its password changes it). The answer is cached per user for
/// <see cref="Lifetime"/>, so a page with many requests costs one grain call; the account grain announces ended
/// sessions (<see cref="ClusterNotices{T}"/>), which drops the cache at once and ends the user's open pages.
/// </summary>
public sealed class AccountSessions(IGrainFactory grains, TimeProvider time)
{
    public const string StampClaim = "ambon:session";
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);
    private const int MaxEntries = 20_000;
    private readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.Ordinal);

    /// <summary>Raised with the user name when that user's sessions end (on this node or announced by another).</summary>
    public event Action<string>? Ended;

    /// <summary>True when the cookie's user and stamp are the account's current ones.</summary>
    public async Task<bool> IsCurrentAsync(ClaimsPrincipal user)
    {
        if (user.FindFirst(ClaimTypes.NameIdentifier)?.Value is not { Length: > 0 } name)
        {
            return false;
        }

        var stamp = user.FindFirst(StampClaim)?.Value ?? "";
        var now = time.GetUtcNow();
        if (!entries.TryGetValue(name, out var entry) || now >= entry.ExpiresAt)
        {
            var current = await grains.GetGrain<IUserAccountGrain>(name).GetSessionStampAsync();
            if (entries.Count >= MaxEntries)
            {
                entries.Clear();
            }

            entry = new Entry(current, now + Lifetime);
            entries[name] = entry;
        }

        return entry.Stamp is not null && string.Equals(entry.Stamp, stamp, StringComparison.Ordinal);
    }

    /// <summary>The user's sessions ended: ask the grain next time, and tell open pages.</summary>
    public void Forget(string userName)
    {
        entries.TryRemove(userName, out _);
        Ended?.Invoke(userName);
    }

    /// <summary>The cookie handler's check: a cookie of a disabled or reset account signs the request out.</summary>
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        if (context.Principal is not { } principal)
        {
            return;
        }

        var sessions = context.HttpContext.RequestServices.GetRequiredService<AccountSessions>();
        if (!await sessions.IsCurrentAsync(principal))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        }
    }

    private sealed record Entry(string? Stamp, DateTimeOffset ExpiresAt);
}
