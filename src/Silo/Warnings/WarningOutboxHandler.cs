using AmbonCC.Platform.Outbox;
using AmbonCC.Silo.Outbox;
using AmbonCC.Warnings;

namespace AmbonCC.Silo.Warnings;

/// <summary>Tells a flood warning what the outbox did with each of its messages (correlation: warning id, message id).</summary>
internal sealed class WarningOutboxHandler(IGrainFactory grains) : IOutboxHandler
{
    public string Kind => WarningOutcomes.Kind;

    public Task OnOutcomeAsync(OutboxCorrelation correlation, OutboxDeliveryReport report, CancellationToken cancellationToken)
    {
        var warning = grains.GetGrain<IFloodWarningGrain>(correlation.Id);
        return report.Status switch
        {
            OutboxStatus.Sent => warning.OnDispatchOutcomeAsync(correlation.Item, true, null),
            OutboxStatus.Failed or OutboxStatus.Parked => warning.OnDispatchOutcomeAsync(correlation.Item, false, report.Error),
            _ => Task.CompletedTask, // a retry is scheduled: the recipient stays queued
        };
    }
}
