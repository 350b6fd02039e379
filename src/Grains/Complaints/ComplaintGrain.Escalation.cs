using System.Globalization;
using System.Text.Json;
using AmbonCC.Platform.Outbox;

namespace AmbonCC.Complaints;

internal sealed partial class ComplaintGrain
{
    /// <summary>The outbox correlation kind of escalation messages (no handler needs their outcome: parked ones show on Ops).</summary>
    public const string EscalationKind = "complaint-escalation";

    /// <summary>
    /// A missed deadline is told to the Supervisor on duty and, when an OPD owes the follow-up, to that OPD's head,
    /// through the durable outbox (the same gateway webhook as flood warnings). Idempotency keys name the deadline,
    /// so a retried clock tick queues nothing twice. The text carries no personal data.
    /// </summary>
    private async Task<IReadOnlyList<string>> EscalateAsync(DeadlineKind kind, DateTimeOffset due)
    {
        var settings = options.Value.Escalation;
        var recipients = new List<(string Role, string Address)> { ("supervisor", settings.SupervisorAddress) };
        if (kind == DeadlineKind.FollowUp && S.OpdCode is { } opd)
        {
            recipients.Add(("opd-head:" + opd, settings.OpdHeadAddress(opd)));
        }

        var dueText = city.ToCityTime(due).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture) + " " + city.Label;
        var text = kind == DeadlineKind.FollowUp
            ? $"Pengaduan {Id} ({S.Category}) belum ditindaklanjuti {S.OpdCode} sampai batas {dueText}."
            : $"Pengaduan {Id} ({S.Category}) belum diverifikasi sampai batas {dueText}.";
        var dueKey = due.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var messages = recipients.Select(r =>
        {
            var key = $"complaint/{Id}/overdue/{dueKey}/{r.Role}";
            var payload = JsonSerializer.Serialize(new
            {
                messageId = key, complaintId = Id, deadline = kind.ToString(), dueAt = city.ToCityTime(due), opd = S.OpdCode,
                category = S.Category, role = r.Role, text,
            });
            return new OutboxMessage(settings.Channel, r.Address, payload, key, new OutboxCorrelation(EscalationKind, Id, r.Role));
        }).ToList();
        await outbox.EnqueueAsync(messages);
        return [.. recipients.Select(r => r.Role)];
    }
}
