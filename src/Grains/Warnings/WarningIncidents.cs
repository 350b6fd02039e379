using System.Globalization;
using AmbonCC.Incidents;
using AmbonCC.Platform;
using AmbonCC.RiverGauges;

namespace AmbonCC.Warnings;

/// <summary>A warning belongs to its river's incident: the same correlation key the gauge alarms use.</summary>
internal static class WarningIncidents
{
    public static async Task<string> FindIncidentAsync(IGrainFactory grains, RiverSituation s, DateTimeOffset now) =>
        (await IncidentOpener.FindOrOpenAsync(grains, new IncidentRequest(
            SubjectKeys.River(s.RiverName),
            IncidentTypes.Flood,
            $"Banjir {s.RiverName}",
            new AlarmArea([.. s.WorstProfile.DownstreamKelurahanCodes], s.WorstProfile.Latitude, s.WorstProfile.Longitude),
            now,
            IncidentTitles.FloodRiver,
            [s.RiverName]))).Id;

    public static async Task RecordAsync(IGrainFactory grains, string? incidentId, string warningId, CapMessageView message, DateTimeOffset now)
    {
        if (incidentId is null)
        {
            return;
        }

        var incident = grains.GetGrain<IIncidentGrain>(incidentId);
        await incident.LinkAsync(new IncidentLink(IncidentLinkKind.Warning, warningId, warningId), TimelineCodes.SystemActor);
        await incident.AddTimelineEntryAsync(
            TimelineEntry.Coded(now, "warning", message.ApprovedBy, TimelineCodes.WarningMessage,
                message.MsgType.ToString(), message.Number.ToString(CultureInfo.InvariantCulture), message.Headline, message.Level.ToString()),
            $"{warningId}/{message.Number}");
    }

    public static async Task NoteAsync(IGrainFactory grains, string? incidentId, WarningTimelineEntry entry, string warningId)
    {
        if (incidentId is not null)
        {
            await grains.GetGrain<IIncidentGrain>(incidentId).AddTimelineEntryAsync(
                new TimelineEntry(entry.At, "escalation", entry.Text, entry.Actor, entry.Code, entry.Args), $"{warningId}/{entry.At.ToUnixTimeMilliseconds()}");
        }
    }
}
