using AmbonCC.Complaints.Rules;
using AmbonCC.Incidents;
using AmbonCC.Platform;

namespace AmbonCC.Complaints;

internal sealed partial class ComplaintGrain
{
    /// <summary>
    /// After the answer: a flood, road or waste complaint at a known kelurahan raises an Info alarm with the key
    /// <c>kelurahan:CODE:topic</c>, joining that area's open incident (or opening one); the incident id is kept to show
    /// on the complaint page. A closed complaint clears its alarm. Retried by the clock while pending.
    /// </summary>
    private async Task ReportToIncidentsAsync()
    {
        if (!S.IncidentPending || S.Submission is null)
        {
            return;
        }

        var source = SubjectKeys.Complaint(Id);
        var type = ComplaintIncidentRules.AlarmType(S.Category);
        var key = ComplaintIncidentRules.CorrelationKey(S.Category, S.Submission.Location.KelurahanCode);
        var open = ComplaintViews.Summary(Id, S).IsOpen;
        var raising = type is not null && key is not null && open;
        if (raising)
        {
            var location = S.Submission.Location;
            var alarm = GrainFactory.GetGrain<IAlarmGrain>(AlarmKeys.For(source, type!));
            var raised = await alarm.RaiseAsync(new AlarmRaise(source, type!, AlarmSeverity.Info,
                $"Pengaduan {Id} ({S.Category})", new Dictionary<string, string> { ["complaint"] = Id, ["category"] = S.Category },
                new AlarmArea([location.KelurahanCode!], location.Latitude, location.Longitude), key, time.GetUtcNow(),
                $"Laporan warga: {S.Category} di {location.KelurahanCode}",
                AlarmTexts.ComplaintReport, [Id, S.Category],
                IncidentTitles.CitizenReport, [S.Category, location.KelurahanCode!],
                [new IncidentLink(IncidentLinkKind.Complaint, Id, Id)]));
            if (raised.IncidentId is { } incident && !S.IncidentIds.Contains(incident))
            {
                S.IncidentIds.Add(incident);
            }
        }

        if (S.IncidentIds.Count > 0)
        {
            // A recategorised or settled complaint: the alarms of its other (or all) kinds end; clearing one never raised is a no-op.
            foreach (var other in ComplaintIncidentRules.AlarmTypes.Where(t => !raising || t != type))
            {
                await GrainFactory.GetGrain<IAlarmGrain>(AlarmKeys.For(source, other)).ClearAsync(time.GetUtcNow(), AlarmTexts.ClearedComplaintSettled);
            }
        }

        S.IncidentPending = false;
        await state.WriteStateAsync();
    }

    /// <summary>Whether this change concerns the incident queue (new, recategorised, or leaving the open states).</summary>
    private void MarkIncidentWork(string kind)
    {
        if (kind is "received" or "verify" or "closed" or "archive" or "not_our_authority" or "merged_into" or "auto_close" or "confirm" or "reopen"
            && (ComplaintIncidentRules.Topic(S.Category) is not null || S.IncidentIds.Count > 0))
        {
            S.IncidentPending = true;
        }
    }
}
