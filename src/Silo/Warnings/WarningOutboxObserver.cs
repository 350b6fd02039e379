using AmbonCC.Platform.Outbox;
using AmbonCC.Silo.Outbox;
using AmbonCC.Warnings;

namespace AmbonCC.Silo.Warnings;

/// <summary>Tells a flood warning what the outbox did with each of its messages (correlation "warning|ID|MESSAGE").</summary>
internal sealed class WarningOutboxObserver(IGrainFactory grains) : IOutboxObserver
{
    public Task OnDeliveryOutcomeAsync(OutboxDeliveryReport report, CancellationToken cancellationToken)
    {
        if (report.Message.Correlation?.Split('|') is not ["warning", var warningId, var messageId])
        {
            return Task.CompletedTask;
        }

        return report.Status switch
        {
            OutboxStatus.Sent => grains.GetGrain<IFloodWarningGrain>(warningId).OnDispatchOutcomeAsync(messageId, true, null),
            OutboxStatus.Failed or OutboxStatus.Parked => grains.GetGrain<IFloodWarningGrain>(warningId).OnDispatchOutcomeAsync(messageId, false, report.Error),
            _ => Task.CompletedTask, // a retry is scheduled: the recipient stays queued
        };
    }
}
