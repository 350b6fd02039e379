using AmbonCC.IntegrationTests.Web;
using Microsoft.AspNetCore.Hosting;

namespace AmbonCC.IntegrationTests.Reports;

/// <summary>The web host with its SMTP settings pointing at an in-test SMTP sink; the 07:00 reminder is left off.</summary>
public sealed class ReportsFixture : WebAppFixture
{
    public SmtpSink Smtp { get; } = new();

    protected override void Configure(IWebHostBuilder builder)
    {
        builder.UseSetting("AmbonCC:Smtp:Host", "127.0.0.1");
        builder.UseSetting("AmbonCC:Smtp:Port", Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("AmbonCC:Smtp:Security", "None");
        builder.UseSetting("AmbonCC:Reports:Schedule", "false");
    }

    protected override async Task AfterDisposeAsync() => await Smtp.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class ReportsCollection : ICollectionFixture<ReportsFixture>
{
    public const string Name = "reports-web";
}
