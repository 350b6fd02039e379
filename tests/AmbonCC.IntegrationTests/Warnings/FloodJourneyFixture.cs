using AmbonCC.IntegrationTests.Outbox;
using AmbonCC.IntegrationTests.Web;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using AmbonCC.Warnings;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Orleans.Configuration;

namespace AmbonCC.IntegrationTests.Warnings;

/// <summary>
/// A command center whose outbox delivers to a recording gateway. Escalation keeps the production 10 minutes: the
/// warnings' clock is the test's <see cref="Clock"/>, moved ahead by the test; only the check runs every second.
/// </summary>
public sealed class FloodJourneyFixture : WebAppFixture
{
    public TestWebhook Gateway { get; private set; } = default!;

    /// <summary>The time acknowledgement deadlines run on; the silo's own timers keep real time.</summary>
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    public override async Task InitializeAsync()
    {
        Gateway = await TestWebhook.StartAsync();
        await base.InitializeAsync();
    }

    protected override void Configure(IWebHostBuilder builder)
    {
        builder.UseSetting("AmbonCC:Outbox:WebhookUrl", Gateway.Url);
        builder.UseSetting("AmbonCC:Outbox:PollInterval", "00:00:00.100");
        builder.UseSetting("AmbonCC:Warnings:EscalationCheckSeconds", "1");
        builder.ConfigureTestServices(services =>
        {
            services.Configure<ReminderOptions>(o => o.MinimumReminderPeriod = TimeSpan.FromSeconds(1));
            services.Replace(ServiceDescriptor.Singleton(new WarningClock(Clock)));
        });
    }

    protected override async Task BeforeDisposeAsync() => await Gateway.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class FloodJourneyCollection : ICollectionFixture<FloodJourneyFixture>
{
    public const string Name = "flood-journey";
}
