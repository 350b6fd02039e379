using AmbonCC.Platform;
using AmbonCC.Security;
using Orleans.Streams;

namespace AmbonCC.Web.Security;

/// <summary>
/// This web node's subscription to key revocations: a revoked key leaves the verification cache when the key grain
/// announces it, so it stops working here at once instead of up to <see cref="ApiKeyVerificationCache.Lifetime"/> later.
/// Registered after the silo (the stream provider must be running).
/// </summary>
internal sealed class ApiKeyRevocations(IClusterClient client, ApiKeyVerificationCache cache, ILogger<ApiKeyRevocations> logger) : IHostedService
{
    private StreamSubscriptionHandle<ApiKeyRevoked>? handle;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var stream = client.GetStreamProvider(ProviderNames.LiveStreams)
            .GetStream<ApiKeyRevoked>(StreamId.Create(ApiKeyStreams.Namespace, ApiKeyStreams.Revocations));
        handle = await stream.SubscribeAsync((revoked, _) =>
        {
            cache.Forget(revoked.KeyId);
            return Task.CompletedTask;
        });
    }

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
            logger.LogDebug(ex, "Unsubscribe from key revocations failed during shutdown");
        }
    }
}
