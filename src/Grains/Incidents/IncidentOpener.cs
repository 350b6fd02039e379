using AmbonCC.Platform;

namespace AmbonCC.Incidents;

/// <summary>
/// Finds or opens the incident a signal belongs to: the queue reserves (by key, else by place and time), then the
/// caller opens the incident. Both steps are safe to repeat, and neither grain calls the other.
/// </summary>
internal static class IncidentOpener
{
    public static async Task<IncidentReservation> FindOrOpenAsync(IGrainFactory grains, IncidentRequest request)
    {
        var reservation = await grains.GetGrain<IIncidentQueueGrain>(CityKeys.City).ReserveAsync(request);
        var incident = grains.GetGrain<IIncidentGrain>(reservation.Id);
        await incident.OpenAsync(reservation.Opening);
        if (reservation.Correlated)
        {
            // Joined by place and time rather than by key: say so once, with what joined.
            await incident.AddTimelineEntryAsync(
                TimelineEntry.Coded(request.At, "correlated", TimelineCodes.SystemActor, TimelineCodes.Correlated,
                    request.CorrelationKey, request.Type, string.Join(",", request.Area.KelurahanCodes)),
                "correlated:" + request.CorrelationKey);
        }

        return reservation;
    }

    /// <summary>The request an alarm's first raise makes: its key (or its own id), its incident type, title and links.</summary>
    public static IncidentRequest ForAlarm(AlarmRaise raise, AlarmView view, IncidentOptions options) => new(
        raise.CorrelationKey ?? view.Id,
        options.TypeOfAlarm(raise.Type),
        raise.IncidentTitle ?? view.Summary,
        raise.Area,
        raise.At,
        raise.IncidentTitleCode,
        raise.IncidentTitleArgs,
        raise.Links);
}
