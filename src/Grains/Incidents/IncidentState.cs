namespace AmbonCC.Incidents;

[GenerateSerializer, Alias("ambon.incidents.IncidentState")]
internal sealed class IncidentState
{
    /// <summary>Null until the queue opens the incident.</summary>
    [Id(0)] public IncidentOpening? Opening { get; set; }

    [Id(1)] public IncidentStatus Status { get; set; }

    [Id(2)] public List<TimelineEntry> Timeline { get; set; } = [];

    [Id(3)] public List<IncidentLink> Links { get; set; } = [];

    /// <summary>Latest view per alarm id: a new occurrence of the same alarm supersedes the old one.</summary>
    [Id(4)] public Dictionary<string, AlarmView> Alarms { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Keys of timeline entries already written, which makes retried calls no-ops.</summary>
    [Id(5)] public HashSet<string> EntryKeys { get; set; } = new(StringComparer.Ordinal);

    [Id(6)] public DateTimeOffset? ClosedAt { get; set; }

    [Id(7)] public string? ClosedBy { get; set; }

    [Id(8)] public string? CloseReason { get; set; }

    /// <summary>The opening area's kelurahan plus those of every alarm recorded since.</summary>
    [Id(9)] public List<string> KelurahanCodes { get; set; } = [];

    [Id(10)] public DateTimeOffset LastUpdatedAt { get; set; }

    /// <summary>Acknowledgement, assignee, tier and reminders; null on incidents opened before it existed.</summary>
    [Id(11)] public IncidentHandling? Handling { get; set; }

    /// <summary>The SOP steps of the incident's type, in order, as ticked.</summary>
    [Id(12)] public List<ChecklistItem> Checklist { get; set; } = [];

    /// <summary>Alarm occurrences (<c>id#occurrence</c>) moved to another incident: late copies of them are ignored here.</summary>
    [Id(13)] public HashSet<string> ReleasedAlarms { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Whether the escalation reminder is registered (saves a reminder-table write per call).</summary>
    [Id(14)] public bool ReminderOn { get; set; }

    /// <summary>Appends to the timeline; false when an entry with this key is already there.</summary>
    public bool Append(TimelineEntry entry, string? key)
    {
        if (key is not null && !EntryKeys.Add(key))
        {
            return false;
        }

        Timeline.Add(entry);
        LastUpdatedAt = entry.At > LastUpdatedAt ? entry.At : LastUpdatedAt;
        return true;
    }

    /// <summary>Adds a link; false when (kind, id) is already linked.</summary>
    public bool AddLink(IncidentLink link)
    {
        if (Links.Any(l => l.Kind == link.Kind && l.Id == link.Id))
        {
            return false;
        }

        Links.Add(link);
        return true;
    }
}
