using AmbonCC.Platform.Outbox;
using Microsoft.Extensions.Options;

namespace AmbonCC.Silo.Outbox;

/// <summary>
/// Embedded transport: the worker polls the table itself. A claim is a lease, so a worker that dies mid-send
/// leaves the message to the next poll after the lease ends; nothing else needs to be running.
/// </summary>
internal sealed class EmbeddedOutboxTransport(OutboxDeliveryStore store, IOptions<OutboxOptions> options) : IOutboxTransport
{
    public async Task<IReadOnlyList<OutboxDelivery>> ReceiveAsync(string consumer, int maxCount, CancellationToken cancellationToken)
    {
        var claimed = await store.ClaimDueAsync(consumer, maxCount, options.Value.Lease, cancellationToken);
        return claimed.Select(record => new OutboxDelivery(record, null)).ToList();
    }

    // The outcome recorded in the table is the acknowledgement.
    public Task AcknowledgeAsync(OutboxDelivery delivery, CancellationToken cancellationToken) => Task.CompletedTask;
}
