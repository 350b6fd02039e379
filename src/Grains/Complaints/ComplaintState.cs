namespace AmbonCC.Complaints;

[GenerateSerializer, Alias("ambon.complaints.ComplaintState")]
internal sealed class ComplaintState
{
    [Id(0)] public ComplaintSubmission? Submission { get; set; }
    [Id(1)] public ComplaintStatus Status { get; set; }
    [Id(2)] public string Category { get; set; } = "";
    [Id(3)] public string? OpdCode { get; set; }
    [Id(4)] public string? FollowUp { get; set; }
    [Id(5)] public string? Response { get; set; }
    [Id(6)] public bool? ReporterSatisfied { get; set; }
    [Id(7)] public DeadlineKind? DeadlineKind { get; set; }
    [Id(8)] public DateTimeOffset? DeadlineAt { get; set; }
    [Id(9)] public DateTimeOffset ReceivedAt { get; set; }
    [Id(10)] public DateTimeOffset UpdatedAt { get; set; }
    [Id(11)] public List<ComplaintHistoryEntry> History { get; set; } = [];
    [Id(12)] public List<ChatLine> Conversation { get; set; } = [];
    [Id(13)] public string? MergedInto { get; set; }
    [Id(14)] public List<string> MergedFrom { get; set; } = [];
    [Id(15)] public string PublicToken { get; set; } = "";
    [Id(16)] public long Version { get; set; }

    /// <summary>The deadline (kind and instant) an overdue alarm was raised for; raised once per deadline.</summary>
    [Id(17)] public DateTimeOffset? AlarmRaisedFor { get; set; }

    /// <summary>An alarm is active and must be cleared once the complaint moves on.</summary>
    [Id(18)] public bool AlarmActive { get; set; }

    /// <summary>Who saw the reporter's identity and when (newest last, bounded).</summary>
    [Id(19)] public List<ComplaintHistoryEntry> IdentityViews { get; set; } = [];

    /// <summary>The index has not yet taken the last version (a failed update is retried by the clock).</summary>
    [Id(20)] public bool IndexStale { get; set; }

    /// <summary>Attachments' metadata, oldest first (the bytes are in the file table).</summary>
    [Id(21)] public List<ComplaintAttachment> Attachments { get; set; } = [];

    /// <summary>Incidents this complaint joined (flood, road, waste at its kelurahan), oldest first.</summary>
    [Id(22)] public List<string> IncidentIds { get; set; } = [];

    /// <summary>The incident alarm is raised (or found unnecessary); a failure is retried by the clock.</summary>
    [Id(23)] public bool IncidentPending { get; set; }

    /// <summary>The deadline whose escalation messages are in the outbox (queued once per deadline).</summary>
    [Id(24)] public DateTimeOffset? EscalatedFor { get; set; }
}
