namespace AmbonCC.Incidents;

/// <summary>The <c>AmbonCC:Incidents</c> section: escalation, correlation, types and their SOP checklists.</summary>
public sealed class IncidentOptions
{
    public const string Section = "AmbonCC:Incidents";

    /// <summary>An incident nobody acknowledged for this long goes from the Operator tier to the Supervisor.</summary>
    public double EscalateAfterMinutes { get; set; } = 10;

    /// <summary>After the escalation, a reminder this often until someone acknowledges.</summary>
    public double RemindEveryMinutes { get; set; } = 5;

    /// <summary>How often an unacknowledged incident checks its clock (a reminder: Orleans' minimum is 1 minute).</summary>
    public double CheckEverySeconds { get; set; } = 60;

    /// <summary>Signals of a correlating family this close in time (to the incident's last signal) join it.</summary>
    public double CorrelationWindowMinutes { get; set; } = 120;

    /// <summary>Incident types whose signals join by kelurahan and time window (one family each, unless <see cref="Families"/> says otherwise).</summary>
    public List<string> CorrelatingTypes { get; set; } = [IncidentTypes.Flood, IncidentTypes.Waste];

    /// <summary>
    /// Family → window in minutes, over <see cref="CorrelationWindowMinutes"/>: garbage piles up over days (a waste
    /// camera's overflow on Monday and a citizen's report on Friday are one TPS problem), water within hours.
    /// </summary>
    public Dictionary<string, double> FamilyWindowMinutes { get; set; } = new(StringComparer.Ordinal)
    {
        [IncidentTypes.Waste] = 7 * 24 * 60,
    };

    /// <summary>Incident type → family; types of one family correlate. A type missing here is its own family.</summary>
    public Dictionary<string, string> Families { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Alarm type → incident type, over <see cref="IncidentTypes.DefaultByAlarmType"/>.</summary>
    public Dictionary<string, string> AlarmTypes { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Incident type → SOP step codes, over <see cref="IncidentTypes.DefaultChecklists"/>.</summary>
    public Dictionary<string, string[]> Checklists { get; set; } = new(StringComparer.Ordinal);

    public TimeSpan EscalateAfter => TimeSpan.FromMinutes(EscalateAfterMinutes);

    public TimeSpan RemindEvery => TimeSpan.FromMinutes(RemindEveryMinutes);

    public TimeSpan CheckEvery => TimeSpan.FromSeconds(CheckEverySeconds);

    public TimeSpan CorrelationWindow => TimeSpan.FromMinutes(CorrelationWindowMinutes);

    /// <summary>The window of a family: its own when configured, else <see cref="CorrelationWindow"/>.</summary>
    public TimeSpan CorrelationWindowOf(string? family) =>
        family is not null && FamilyWindowMinutes.TryGetValue(family, out var minutes) ? TimeSpan.FromMinutes(minutes) : CorrelationWindow;

    public string TypeOfAlarm(string alarmType) =>
        AlarmTypes.TryGetValue(alarmType, out var t) || IncidentTypes.DefaultByAlarmType.TryGetValue(alarmType, out t) ? t : IncidentTypes.General;

    public IReadOnlyList<string> ChecklistOf(string? type)
    {
        type ??= IncidentTypes.General;
        return Checklists.TryGetValue(type, out var steps) || IncidentTypes.DefaultChecklists.TryGetValue(type, out steps) ? steps : [];
    }

    /// <summary>The family a type correlates in, or null when its signals never join by place and time.</summary>
    public string? CorrelationFamily(string? type) =>
        type is not null && CorrelatingTypes.Contains(type, StringComparer.Ordinal) ? Families.GetValueOrDefault(type, type) : null;
}

/// <summary>
/// The time incident escalation runs on: the host's <see cref="TimeProvider"/>, held apart so that a test can move
/// incidents' clocks ahead without moving the silo's own timers.
/// </summary>
public sealed class IncidentClock(TimeProvider time)
{
    public DateTimeOffset GetUtcNow() => time.GetUtcNow();
}
