using AmbonCC.IntegrationTests.Outbox;
using AmbonCC.IntegrationTests.Web;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Configuration;

namespace AmbonCC.IntegrationTests.Warnings;

/// <summary>
/// A command center whose outbox delivers to a recording gateway, with escalation shortened from 10 minutes to
/// seconds (the only difference from production settings) so that journey 1 runs in a test.
/// </summary>
public sealed class FloodJourneyFixture : WebAppFixture
{
    public TestWebhook Gateway { get; private set; } = default!;

    public override async Task InitializeAsync()
    {
        Gateway = await TestWebhook.StartAsync();
        await base.InitializeAsync();
    }

    protected override void Configure(IWebHostBuilder builder)
    {
        builder.UseSetting("AmbonCC:Outbox:WebhookUrl", Gateway.Url);
        builder.UseSetting("AmbonCC:Outbox:PollInterval", "00:00:00.100");
        builder.UseSetting("AmbonCC:Warnings:AckTimeoutMinutes", "0.05");
        builder.UseSetting("AmbonCC:Warnings:EscalationCheckSeconds", "1");
        builder.ConfigureTestServices(services =>
            services.Configure<ReminderOptions>(o => o.MinimumReminderPeriod = TimeSpan.FromSeconds(1)));
    }

    protected override async Task BeforeDisposeAsync() => await Gateway.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class FloodJourneyCollection : ICollectionFixture<FloodJourneyFixture>
{
    public const string Name = "flood-journey";
}
