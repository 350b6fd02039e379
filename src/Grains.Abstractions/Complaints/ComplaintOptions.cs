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
}
