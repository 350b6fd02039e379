using System.Collections.Concurrent;
using System.Net;
using AmbonCC.IntegrationTests.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AmbonCC.IntegrationTests.Access;

/// <summary>
/// The web host with three seams: the client address comes from a test header (so each test is its own client to
/// the login throttle), every log line is counted, and the password hasher records whose password it checked.
/// </summary>
public sealed class AccessFixture : WebAppFixture
{
    public const string ClientHeader = "X-Test-Client";

    public CountingLog Log { get; } = new();

    public RecordingHasher Hasher { get; } = new();

    protected override void Configure(IWebHostBuilder builder)
    {
        // An hour-long window: a window that rolls over in the middle of a test would give the client its budget back.
        builder.UseSetting("AmbonCC:Login:WindowSeconds", "3600");
        builder.ConfigureLogging(logging => logging.AddProvider(Log));
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<IPasswordHasher<string>>(Hasher);
            services.AddTransient<IStartupFilter, ClientAddressFromHeader>();
        });
    }

    /// <summary>A client whose requests come from the given address.</summary>
    public HttpClient From(IPAddress address)
    {
        var client = Anonymous();
        client.DefaultRequestHeaders.Add(ClientHeader, address.ToString());
        return client;
    }

    private sealed class ClientAddressFromHeader : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (IPAddress.TryParse(context.Request.Headers[ClientHeader].ToString(), out var address))
                {
                    context.Connection.RemoteIpAddress = address;
                }

                return nextMiddleware(context);
            });
            next(app);
        };
    }
}

/// <summary>The real hasher, remembering for which user names a password was verified.</summary>
public sealed class RecordingHasher : IPasswordHasher<string>
{
    private readonly PasswordHasher<string> inner = new();

    public ConcurrentQueue<string> Verified { get; } = new();

    public string HashPassword(string user, string password) => inner.HashPassword(user, password);

    public PasswordVerificationResult VerifyHashedPassword(string user, string hashedPassword, string providedPassword)
    {
        Verified.Enqueue(user);
        return inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
    }
}

/// <summary>Counts every log line the host writes (after the configured level filters), with its category.</summary>
public sealed class CountingLog : ILoggerProvider
{
    private readonly ConcurrentDictionary<string, long> byCategory = new(StringComparer.Ordinal);

    public ConcurrentQueue<string> Recent { get; } = new();

    /// <summary>Lines written so far by the categories that pass the filter.</summary>
    public long Lines(Func<string, bool> category) => byCategory.Where(c => category(c.Key)).Sum(c => c.Value);

    public ILogger CreateLogger(string categoryName) => new Counter(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Counter(CountingLog log, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            log.byCategory.AddOrUpdate(category, 1, (_, n) => n + 1);
            log.Recent.Enqueue($"{category}: {formatter(state, exception)}");
            while (log.Recent.Count > 50 && log.Recent.TryDequeue(out _))
            {
            }
        }
    }
}

[CollectionDefinition(Name)]
public sealed class AccessCollection : ICollectionFixture<AccessFixture>
{
    public const string Name = "access";
}
