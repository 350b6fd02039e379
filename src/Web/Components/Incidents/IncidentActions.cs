using AmbonCC.Incidents;
using AmbonCC.Platform;

namespace AmbonCC.Web.Components.Incidents;

/// <summary>
/// What people do to incidents, for the page and the API alike. Steps that touch several grains run here, one
/// way (queue, alarms, incidents) and each safe to repeat, so that no grain ever calls its caller back.
/// </summary>
public sealed class IncidentActions(IGrainFactory grains, TimeProvider time)
{
    private IIncidentGrain Incident(string id) => grains.GetGrain<IIncidentGrain>(id);

    /// <summary>The incident, or a <see cref="KeyNotFoundException"/>.</summary>
    public async Task<IncidentView> GetAsync(string id) =>
        await Incident(id).GetAsync() ?? throw new KeyNotFoundException($"No incident '{id}'.");

    /// <summary>Acknowledges every unacknowledged alarm of the incident, then the incident itself.</summary>
    public async Task<IncidentView> AcknowledgeAsync(string id, string user, string? note)
    {
        TextLimits.Require(note, TextLimits.Note, nameof(note));
        var view = await GetAsync(id);
        foreach (var alarm in view.Alarms.Where(a => !a.Acknowledged))
        {
            await grains.GetGrain<IAlarmGrain>(alarm.Id).AcknowledgeAsync(user, note);
        }

        return await Incident(id).AcknowledgeAsync(user, note);
    }

    /// <summary>Moves one alarm of the incident to a new incident of its own.</summary>
    public async Task<IncidentView> SplitAsync(string id, string alarmId, string actor)
    {
        var view = await GetAsync(id);
        var alarm = view.Alarms.FirstOrDefault(a => a.Id == alarmId)
            ?? throw new ArgumentException($"Incident {id} has no alarm '{alarmId}'.", nameof(alarmId));
        var request = new IncidentRequest($"split:{alarmId}#{alarm.Occurrence}", view.Type ?? IncidentTypes.General, alarm.Summary, alarm.Area,
            time.GetUtcNow(), Standalone: true);
        var reservation = await grains.GetGrain<IIncidentQueueGrain>(CityKeys.City).ReserveAsync(request);
        await Incident(reservation.Id).OpenAsync(reservation.Opening);
        await grains.GetGrain<IAlarmGrain>(alarmId).MoveToIncidentAsync(reservation.Id);
        await Incident(id).ReleaseAlarmAsync(alarmId, reservation.Id, actor);
        return await GetAsync(reservation.Id);
    }

    /// <summary>Merges <paramref name="otherId"/> into <paramref name="id"/>: its timeline, links and alarms move; it closes.</summary>
    public async Task<IncidentView> MergeAsync(string id, string otherId, string actor)
    {
        if (id == otherId)
        {
            throw new ArgumentException("An incident cannot be merged into itself.", "from");
        }

        var target = await GetAsync(id);
        if (target.Status != IncidentStatus.Open)
        {
            throw new InvalidOperationException($"Incident {id} is closed.");
        }

        var other = await Incident(otherId).GetAsync() ?? throw new ArgumentException($"No incident '{otherId}'.", "from");
        if (other.Status != IncidentStatus.Open)
        {
            throw new InvalidOperationException($"Incident {otherId} is closed.");
        }

        await Incident(id).AbsorbAsync(other, actor);
        await grains.GetGrain<IIncidentQueueGrain>(CityKeys.City).RedirectAsync(otherId, id);
        foreach (var alarm in other.Alarms)
        {
            await grains.GetGrain<IAlarmGrain>(alarm.Id).MoveToIncidentAsync(id);
        }

        await Incident(otherId).MarkMergedAsync(id, actor);
        return await GetAsync(id);
    }
}
