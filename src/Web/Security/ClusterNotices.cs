using AmbonCC.Platform;
using AmbonCC.Security;
using Orleans.Streams;

namespace AmbonCC.Web.Security;

/// <summary>
/// This web node's subscription to one cluster-wide notice stream, applying each notice to a node-local cache: key
/// revocations (a revoked key stops working here at once instead of up to <see cref="ApiKeyVerificationCache.Lifetime"/>
/// later) and ended sessions (an account disabled or its password reset). Registered after the silo (the stream
/// provider must be running).
/// </summary>
internal sealed class ClusterNotices<T>(IClusterClient client, StreamId stream, Action<T> apply, ILogger<ClusterNotices<T>> logger) : IHostedService
{
    private StreamSubscriptionHandle<T>? handle;

    public async Task StartAsync(CancellationToken cancellationToken) =>
        handle = await client.GetStreamProvider(ProviderNames.LiveStreams).GetStream<T>(stream).SubscribeAsync((notice, _) =>
        {
            apply(notice);
            return Task.CompletedTask;
        });

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        try
        {
            if (handle is not null)
            {
                await handle.UnsubscribeAsync();
            }
        }
        catch (Exception ex)
        {
            logger.LogDebug(ex, "Unsubscribe from {Stream} failed during shutdown", stream);
        }
    }
}

internal static class ClusterNoticeRegistration
{
    /// <summary>Key revocations empty the key cache; ended sessions empty the session cache.</summary>
    public static IServiceCollection AddClusterNotices(this IServiceCollection services) => services
        .AddHostedService(sp => new ClusterNotices<ApiKeyRevoked>(
            sp.GetRequiredService<IClusterClient>(), StreamId.Create(ApiKeyStreams.Namespace, ApiKeyStreams.Revocations),
            revoked => sp.GetRequiredService<ApiKeyVerificationCache>().Forget(revoked.KeyId),
            sp.GetRequiredService<ILogger<ClusterNotices<ApiKeyRevoked>>>()))
        .AddHostedService(sp => new ClusterNotices<AccountSessionsEnded>(
            sp.GetRequiredService<IClusterClient>(), StreamId.Create(AccountStreams.Namespace, AccountStreams.SessionsEnded),
            ended => sp.GetRequiredService<AccountSessions>().Forget(ended.UserName),
            sp.GetRequiredService<ILogger<ClusterNotices<AccountSessionsEnded>>>()));
}
