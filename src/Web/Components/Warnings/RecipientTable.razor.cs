using AmbonCC.City;
using AmbonCC.Warnings;
using AmbonCC.Web.Components.Rivers;
using Microsoft.AspNetCore.Components;

namespace AmbonCC.Web.Components.Warnings;

/// <summary>Per-recipient delivery of one warning, and who still owes an acknowledgement.</summary>
public partial class RecipientTable
{
    private List<RecipientDeliveryView> waiting = [];

    [Parameter, EditorRequired] public IReadOnlyList<RecipientDeliveryView> Recipients { get; set; } = [];
    [Parameter] public IReadOnlyDictionary<string, Kelurahan> Kelurahan { get; set; } = new Dictionary<string, Kelurahan>();

    protected override void OnParametersSet() =>
        // One person reached on two channels owes one acknowledgement: list each person once.
        waiting = [.. Recipients.Where(WarningFormat.AwaitsAcknowledgement)
            .Where(r => !Recipients.Any(o => o.RecipientId == r.RecipientId && o.State == DeliveryState.Acknowledged))
            .DistinctBy(r => r.RecipientId)];

    private string KelurahanName(string? code) =>
        code is null ? "" : Kelurahan.TryGetValue(code, out var k) ? k.Name : code;

    private string NameOf(string recipientId) =>
        Recipients.FirstOrDefault(r => r.RecipientId == recipientId)?.Name ?? recipientId;

    private string Times(RecipientDeliveryView r)
    {
        var parts = new List<string> { T["DeliveryQueued"] + " " + RiverFormat.Clock(r.QueuedAt) };
        if (r.SentAt is { } sent)
        {
            parts.Add(T["DeliverySent"] + " " + RiverFormat.Clock(sent));
        }

        if (r.DeliveredAt is { } delivered)
        {
            parts.Add(T["DeliveryDelivered"] + " " + RiverFormat.Clock(delivered));
        }

        if (r.AcknowledgedAt is { } acked)
        {
            parts.Add(T["DeliveryAcknowledged"] + " " + RiverFormat.Clock(acked));
        }

        return string.Join(" · ", parts);
    }
}
