using AmbonCC.Live;

namespace AmbonCC.Incidents;

/// <summary>An alarm changed: its view as it is now.</summary>
[GenerateSerializer, Immutable, Alias("ambon.incidents.AlarmChanged")]
public sealed record AlarmChanged(
    [property: Id(0)] AlarmView Alarm,
    [property: Id(1)] AlarmChangeKind Change,
    [property: Id(2)] DateTimeOffset At) : IIncidentEvent
{
    public string SubjectId => Alarm.Id;

    public string Kind => "alarm";
}

/// <summary>An incident changed (status, alarms, timeline): its summary row as it is now.</summary>
[GenerateSerializer, Immutable, Alias("ambon.incidents.IncidentChanged")]
public sealed record IncidentChanged(
    [property: Id(0)] IncidentSummary Summary,
    [property: Id(1)] string Change,
    [property: Id(2)] DateTimeOffset At) : IIncidentEvent
{
    public string SubjectId => Summary.Id;

    public string Kind => "incident";
}

/// <summary>The incident queue took in a change: the row it now holds and how many incidents are open.</summary>
[GenerateSerializer, Immutable, Alias("ambon.incidents.IncidentQueueChanged")]
public sealed record IncidentQueueChanged(
    [property: Id(0)] IncidentSummary Summary,
    [property: Id(1)] string Change,
    [property: Id(2)] int OpenCount,
    [property: Id(3)] DateTimeOffset At) : IIncidentEvent
{
    public string SubjectId => Summary.Id;

    public string Kind => "queue";
}
