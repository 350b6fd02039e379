using AmbonCC.Warnings;
using AmbonCC.Web.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;

namespace AmbonCC.UnitTests.Warnings;

public sealed class PublicBaseUrlTests
{
    [Fact]
    public void Without_configuration_links_use_the_address_the_server_listens_on()
    {
        var links = new ServerPublicBaseUrl(Configured(null), new FakeServer("http://127.0.0.1:6123"));
        Assert.Equal("http://127.0.0.1:6123", links.Value);
    }

    [Fact]
    public void Https_is_preferred_and_a_wildcard_bind_names_the_machine()
    {
        var links = new ServerPublicBaseUrl(Configured(null), new FakeServer("http://[::]:8080", "https://0.0.0.0:8443"));
        Assert.Equal($"https://{Environment.MachineName.ToLowerInvariant()}:8443", links.Value);
    }

    [Fact]
    public void A_configured_address_wins()
    {
        var links = new ServerPublicBaseUrl(Configured("https://cc.ambon.go.id/"), new FakeServer("http://127.0.0.1:6123"));
        Assert.Equal("https://cc.ambon.go.id", links.Value);
    }

    private static IConfiguration Configured(string? publicBaseUrl) => new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?> { [IPublicBaseUrl.ConfigurationKey] = publicBaseUrl })
        .Build();

    private sealed class FakeServer : IServer
    {
        public FakeServer(params string[] addresses)
        {
            var feature = new ServerAddressesFeature();
            foreach (var a in addresses)
            {
                feature.Addresses.Add(a);
            }

            Features.Set<IServerAddressesFeature>(feature);
        }

        public IFeatureCollection Features { get; } = new FeatureCollection();

        public void Dispose()
        {
        }

        public Task StartAsync<TContext>(IHttpApplication<TContext> application, CancellationToken cancellationToken)
            where TContext : notnull => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
