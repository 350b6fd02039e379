using AmbonCC.Platform.Outbox;
using AmbonCC.Silo.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace AmbonCC.Silo.Outbox;

/// <summary>Registration of the outbox, its transport, the webhook sender and the worker.</summary>
internal static class OutboxServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="IOutbox"/>, the transport for the profile (Embedded table polling, or Redis Stream in
    /// Production, overridable by AmbonCC:Outbox:Transport), <see cref="WebhookChannelSender"/> as the
    /// <see cref="IChannelSender"/> unless one is registered, and the worker (and relay) as hosted services.
    /// Needs AmbonDatabase and TimeProvider (AddAmbonPlatform). Observers: register <see cref="IOutboxObserver"/>s.
    /// </summary>
    public static IServiceCollection AddAmbonOutbox(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<OutboxOptions>().Bind(configuration.GetSection(OutboxOptions.Section)).PostConfigure(o =>
        {
            var profile = configuration.GetSection(AmbonOptions.Section).Get<AmbonOptions>()?.Profile ?? StorageProfile.Embedded;
            o.Transport ??= profile == StorageProfile.Production ? OutboxTransportKind.Redis : OutboxTransportKind.Embedded;
            o.RedisConnectionString ??= configuration.GetConnectionString("Redis");
        });
        services.TryAddSingleton<OutboxSignal>();
        services.TryAddSingleton<OutboxStore>();
        services.TryAddSingleton<IOutbox>(sp => sp.GetRequiredService<OutboxStore>());
        services.TryAddSingleton<OutboxDeliveryStore>();
        services.TryAddSingleton<EmbeddedOutboxTransport>();
        services.TryAddSingleton<RedisOutboxTransport>();
        services.TryAddSingleton<IConnectionMultiplexer>(sp =>
        {
            var connection = sp.GetRequiredService<IOptions<OutboxOptions>>().Value.RedisConnectionString;
            return ConnectionMultiplexer.Connect(connection ?? throw new InvalidOperationException(
                "The Redis outbox transport needs AmbonCC:Outbox:RedisConnectionString or ConnectionStrings:Redis."));
        });
        services.TryAddSingleton<IOutboxTransport>(sp =>
            sp.GetRequiredService<IOptions<OutboxOptions>>().Value.Transport == OutboxTransportKind.Redis
                ? sp.GetRequiredService<RedisOutboxTransport>()
                : sp.GetRequiredService<EmbeddedOutboxTransport>());
        services.TryAddSingleton<IChannelSender>(sp => new WebhookChannelSender(
            new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) }),
            sp.GetRequiredService<IOptions<OutboxOptions>>()));
        services.TryAddSingleton<OutboxWorker>();
        services.TryAddSingleton<OutboxRedisRelay>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IOutboxObserver, OutboxHandlerRouter>());
        services.AddHostedService<OutboxHostedService>();
        return services;
    }

    /// <summary>Adds a module's handler of its messages' outcomes (one per <see cref="IOutboxHandler.Kind"/>).</summary>
    public static IServiceCollection AddOutboxHandler<THandler>(this IServiceCollection services)
        where THandler : class, IOutboxHandler
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IOutboxHandler, THandler>());
        return services;
    }
}

/// <summary>Runs the relay (Redis transport) and the worker (when enabled) with the host.</summary>
internal sealed class OutboxHostedService(IServiceProvider services, IOptions<OutboxOptions> options) : IHostedService
{
    private readonly List<IHostedService> running = [];

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        // Resolved here, not in the constructor, so that an Embedded host never connects to Redis.
        if (options.Value.Transport == OutboxTransportKind.Redis)
        {
            running.Add(services.GetRequiredService<OutboxRedisRelay>());
        }

        if (options.Value.WorkerEnabled)
        {
            running.Add(services.GetRequiredService<OutboxWorker>());
        }

        foreach (var service in running)
        {
            await service.StartAsync(cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) =>
        Task.WhenAll(running.Select(service => service.StopAsync(cancellationToken)));
}
