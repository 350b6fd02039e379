using AmbonCC.IntegrationTests.Web;
using AmbonCC.Samples.AgencyClient;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AmbonCC.IntegrationTests.Agency;

/// <summary>The sample agency client, as an Orleans client through the web node's gateway, reads a seeded gauge and camera.</summary>
[Collection(WebCollection.Name)]
public sealed class AgencyClientTests(WebAppFixture app)
{
    [Fact]
    public async Task The_sample_reads_a_gauge_and_a_camera_through_the_gateway()
    {
        var configuration = app.Services.GetRequiredService<IConfiguration>();
        var connection = AgencyConnection.From(configuration);
        Assert.Null(connection.Redis);
        var builder = Host.CreateApplicationBuilder();
        builder.UseOrleansClient(client => connection.Configure(client));
        using var host = builder.Build();
        await host.StartAsync();
        try
        {
            var reader = new AgencyReader(host.Services.GetRequiredService<IGrainFactory>(), "test", "BPBD");
            var snapshot = await reader.ReadAsync("PDA-BATUMERAH-1", "CCTV-RV-01", "AMB-1999-000001");
            Assert.Equal("PDA-BATUMERAH-1", snapshot.Gauge?.Code);
            Assert.Equal("CCTV-RV-01", snapshot.Camera?.Code);
            Assert.Null(snapshot.Complaint);
        }
        finally
        {
            await host.StopAsync();
        }
    }
}
