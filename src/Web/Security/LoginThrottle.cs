using System.Net;
using System.Threading.RateLimiting;

namespace AmbonCC.Web.Security;

/// <summary>Login throttle settings (section <c>AmbonCC:Login</c>).</summary>
public sealed class LoginThrottleOptions
{
    public const string Section = "AmbonCC:Login";

    /// <summary>Failed sign-ins one client may make per window before it is answered 429.</summary>
    public int FailuresPerWindow { get; set; } = 5;

    public int WindowSeconds { get; set; } = 60;
}

/// <summary>
/// Limits failed sign-ins per client address (a fixed window per address, from ASP.NET Core's rate limiters).
/// Only failures spend the budget, so a room of operators behind one address can all sign in at a shift change;
/// and it is per client, not per account, so no stranger can lock a person out by guessing their password.
/// Idle windows are dropped by the partitioned limiter, so memory is bounded by the addresses failing right now.
/// </summary>
public sealed class LoginThrottle : IDisposable
{
    private readonly PartitionedRateLimiter<string> failures;

    public LoginThrottle(Microsoft.Extensions.Options.IOptions<LoginThrottleOptions> options)
    {
        var o = options.Value;
        failures = PartitionedRateLimiter.Create<string, string>(client => RateLimitPartition.GetFixedWindowLimiter(client, _ =>
            new FixedWindowRateLimiterOptions
            {
                PermitLimit = Math.Max(1, o.FailuresPerWindow),
                Window = TimeSpan.FromSeconds(Math.Max(1, o.WindowSeconds)),
                QueueLimit = 0,
                AutoReplenishment = true,
            }));
    }

    public static string ClientOf(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? IPAddress.None.ToString();

    /// <summary>Whether this client still may try; if not, how long until it may.</summary>
    public bool MayTry(string client, out TimeSpan retryAfter)
    {
        // Zero permits asks without spending: granted while the client has failures left in this window.
        using var probe = failures.AttemptAcquire(client, 0);
        retryAfter = probe.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
        return probe.IsAcquired;
    }

    public void RecordFailure(string client) => failures.AttemptAcquire(client, 1).Dispose();

    public void Dispose() => failures.Dispose();
}

public static class AccessServices
{
    /// <summary>The services behind the access rules: key directory, refusal log, login throttle.</summary>
    public static IServiceCollection AddAmbonAccess(this IServiceCollection services)
    {
        services.AddSingleton<ApiKeyDirectory>();
        services.AddSingleton<ApiKeyVerificationCache>();
        services.AddSingleton<ApiKeyRefusals>();
        services.AddOptions<LoginThrottleOptions>().BindConfiguration(LoginThrottleOptions.Section);
        services.AddSingleton<LoginThrottle>();
        return services;
    }
}
