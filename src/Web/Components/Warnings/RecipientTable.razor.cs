using AmbonCC.City;
using AmbonCC.Warnings;
using AmbonCC.Web.Components.Rivers;
using AmbonCC.Web.Localization;
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

    private string RoleName(string role) => UiLabels.Role(role) is { } key ? WarningText[key] : role;

    private string NameOf(string recipientId) =>
        Recipients.FirstOrDefault(r => r.RecipientId == recipientId)?.Name ?? recipientId;

    private string Times(RecipientDeliveryView r)
    {
        var parts = new List<string> { WarningText["DeliveryQueued"] + " " + CityTime.Clock(r.QueuedAt) };
        if (r.SentAt is { } sent)
        {
            parts.Add(WarningText["DeliverySent"] + " " + CityTime.Clock(sent));
        }

        if (r.DeliveredAt is { } delivered)
        {
            parts.Add(WarningText["DeliveryDelivered"] + " " + CityTime.Clock(delivered));
        }

        if (r.AcknowledgedAt is { } acked)
        {
            parts.Add(WarningText["DeliveryAcknowledged"] + " " + CityTime.Clock(acked));
        }

        return string.Join(" · ", parts);
    }
}
