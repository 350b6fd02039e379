namespace AmbonCC.Complaints;

/// <summary>The <c>AmbonCC:Complaints</c> section.</summary>
public sealed class ComplaintOptions
{
    public const string Section = "AmbonCC:Complaints";

    /// <summary>
    /// Where the per-year holiday lists are (<c>holidays-id-YYYY.json</c>); relative to the app's directory.
    /// A year without a file counts weekdays only, and the Admin page says so.
    /// </summary>
    public string HolidayDirectory { get; set; } = "holidays";

    /// <summary>How often a complaint with a running clock wakes to look at it (a reminder: at least a minute in production).</summary>
    public TimeSpan ClockPeriod { get; set; } = TimeSpan.FromHours(1);

    /// <summary>The longest wait before the first look: a deadline days away is checked at least this often.</summary>
    public TimeSpan ClockMaxWait { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// Whether a demo host (AmbonCC:SeedDemoData) also gets the few hundred demo complaints. Their overdue clocks
    /// raise alarms for a while after start, which tests comparing alarm counts do not want.
    /// </summary>
    public bool SeedDemo { get; set; } = true;

    /// <summary>Public intake (chat, /lapor, Open311 POST): requests per client address per minute.</summary>
    public int PublicIntakePerMinute { get; set; } = 10;

    /// <summary>The largest attachment (JPEG, PNG or PDF) a reporter, operator or OPD may upload; larger is 413.</summary>
    public int MaxAttachmentBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>Attachments per complaint (and per chat); one more is 409.</summary>
    public int MaxAttachmentsPerComplaint { get; set; } = 10;

    /// <summary>
    /// Who is told, through the outbox, when a complaint misses its deadline: the Supervisor on duty always, the
    /// head of the OPD it waits on for a missed follow-up. Addresses by channel; a gateway resolves role addresses.
    /// </summary>
    public ComplaintEscalationOptions Escalation { get; set; } = new();
}

/// <summary>The <c>AmbonCC:Complaints:Escalation</c> section.</summary>
public sealed class ComplaintEscalationOptions
{
    /// <summary>The outbox channel the escalation messages take (the gateway delivers it).</summary>
    public string Channel { get; set; } = "whatsapp";

    /// <summary>The Supervisor on duty's address on that channel; the default is a role the gateway resolves.</summary>
    public string SupervisorAddress { get; set; } = "role:supervisor-on-duty";

    /// <summary>OPD code → its head's address. An OPD not listed is addressed as the role <c>role:opd-head:CODE</c>.</summary>
    public Dictionary<string, string> OpdHeadAddresses { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public string OpdHeadAddress(string opd) => OpdHeadAddresses.TryGetValue(opd, out var a) && !string.IsNullOrWhiteSpace(a) ? a : "role:opd-head:" + opd;
}
