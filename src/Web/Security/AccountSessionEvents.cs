using AmbonCC.Platform;
using AmbonCC.Security;
using Orleans.Streams;

namespace AmbonCC.Web.Security;

/// <summary>
/// This web node's subscription to ended sessions (an account disabled or its password reset): the user's cached
/// session check is dropped and their open pages end. Registered after the silo (the stream provider must be running).
/// </summary>
internal sealed class AccountSessionEvents(IClusterClient client, AccountSessions sessions, ILogger<AccountSessionEvents> logger) : IHostedService
{
    private StreamSubscriptionHandle<AccountSessionsEnded>? handle;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var stream = client.GetStreamProvider(ProviderNames.LiveStreams)
            .GetStream<AccountSessionsEnded>(StreamId.Create(AccountStreams.Namespace, AccountStreams.SessionsEnded));
        handle = await stream.SubscribeAsync((ended, _) =>
        {
            sessions.Forget(ended.UserName);
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
            logger.LogDebug(ex, "Unsubscribe from ended sessions failed during shutdown");
        }
    }
}
