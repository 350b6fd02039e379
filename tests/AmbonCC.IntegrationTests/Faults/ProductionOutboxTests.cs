using AmbonCC.Warnings;

using AmbonCC.IntegrationTests.Infrastructure;
using AmbonCC.IntegrationTests.Warnings;

namespace AmbonCC.IntegrationTests.Faults;

/// <summary>
/// The Production outbox hosted as it runs in production (PostgreSQL table, Redis Stream relay and consumer
/// group, webhook sender, warning observer): an approved warning reaches the gateway and its recipients are Sent.
/// </summary>
[Collection(ProductionWebCollection.Name)]
public sealed class ProductionOutboxTests(ProductionWebFixture app)
{
    [Fact]
    public async Task An_approved_warning_goes_through_the_redis_outbox_to_the_webhook_and_its_recipients_are_sent()
    {
        await app.WaitUntilReadyAsync(TimeSpan.FromSeconds(60));
        var flood = await TestRiver.RegisterAsync(app);
        var warningId = await flood.RaiseDraftAsync();

        await flood.ApproveAsync(warningId);

        var warning = app.Grains.GetGrain<IFloodWarningGrain>(warningId);
        WarningView view = null!;
        await Eventually.UntilAsync(async () =>
        {
            view = (await warning.GetAsync())!;
            var channelled = view.Recipients.Where(r => r.Role != EscalationPolicy.Social).ToList();
            return channelled.Count > 0 && channelled.All(r => r.State == DeliveryState.Sent);
        }, TimeSpan.FromSeconds(60), "every recipient with a channel to be sent");

        var outbox = await app.OutboxOfWarningAsync(warningId);
        Assert.NotEmpty(outbox);
        Assert.All(outbox.Values, status => Assert.Equal("sent", status));
        var accepted = app.Gateway.Accepted.ToList();
        Assert.All(outbox.Keys, key => Assert.Single(accepted, key));
        Assert.All(view.Recipients.Where(r => r.Role != EscalationPolicy.Social), r => Assert.NotNull(r.SentAt));
    }
}
