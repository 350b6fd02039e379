using System.Globalization;

namespace AmbonCC.Warnings;

internal sealed partial class FloodWarningGrain
{
    /// <summary>Escalates every overdue recipient once; returns whether anything changed.</summary>
    private async Task<bool> EscalateOverdueAsync(DateTimeOffset now)
    {
        var timeout = options.Value.AckTimeout;
        var overdue = S.Recipients.Values
            .Where(r => EscalationPolicy.IsOverdue(r.Role, r.State, r.Escalated, r.QueuedAt, r.SentAt, now, timeout))
            .ToList();
        if (overdue.Count == 0)
        {
            return false;
        }

        var directory = await RecipientDirectory.LoadAsync(GrainFactory);
        var added = new List<RecipientDelivery>();
        foreach (var silent in overdue)
        {
            silent.Escalated = true;
            var told = new List<string>();
            foreach (var role in EscalationPolicy.NextRoles(silent.Role))
            {
                var next = role switch
                {
                    EscalationPolicy.Lurah => directory.LurahOf(silent.KelurahanCode),
                    EscalationPolicy.Bpbd => directory.NearestBpbd(silent.Latitude, silent.Longitude) is { } b && b.Id != silent.RecipientId ? b : null,
                    _ => new DirectoryRecipient(EscalationPolicy.SupervisorId, "Supervisor jaga", EscalationPolicy.Supervisor, "", null, EscalationPolicy.ConsoleChannel, "", null, null),
                };
                if (next is null)
                {
                    continue;
                }

                var isNew = !S.Recipients.ContainsKey(next.Id);
                var delivery = AddRecipient(next, silent.Name, now);
                told.Add(delivery.Name);
                if (isNew)
                {
                    added.Add(delivery);
                }
            }

            Note(now, System, WarningNotes.Escalated, silent.Name, timeout.TotalMinutes.ToString("0", CultureInfo.InvariantCulture), string.Join(", ", told));
        }

        await state.WriteStateAsync();
        if (added.Count > 0 && S.Messages.Count > 0)
        {
            var latest = S.Messages[^1];
            await DisseminateAsync(latest.View.Number, latest.Text, now, added);
        }

        await WarningIncidents.NoteAsync(GrainFactory, S.IncidentId, S.Timeline[^1], Id);
        return true;
    }
}
