namespace AmbonCC.Warnings;

/// <summary>The <c>AmbonCC:Warnings</c> section.</summary>
public sealed class WarningOptions
{
    public const string Section = "AmbonCC:Warnings";

    /// <summary>No acknowledgement within this many minutes escalates (RT head → lurah and BPBD → Supervisor).</summary>
    public double AckTimeoutMinutes { get; set; } = 10;

    /// <summary>
    /// Base of the links recipients get (acknowledgement, CAP, feed): the public address of the web app. Empty:
    /// the address the web server listens on (see <see cref="IPublicBaseUrl"/>).
    /// </summary>
    public string PublicBaseUrl { get; set; } = "";

    /// <summary>The CAP sender: an address without spaces, commas or '&lt;' '&amp;'.</summary>
    public string Sender { get; set; } = "commandcenter@ambon.go.id";

    public string Contact { get; set; } = "Command Center Kota Ambon, Balai Kota lt. 4, telp. 112";

    /// <summary>How often an active warning looks for overdue acknowledgements (a reminder: 60 s is Orleans' minimum).</summary>
    public double EscalationCheckSeconds { get; set; } = 60;

    public TimeSpan AckTimeout => TimeSpan.FromMinutes(AckTimeoutMinutes);

    public TimeSpan EscalationCheck => TimeSpan.FromSeconds(EscalationCheckSeconds);
}

/// <summary>
/// The time warning escalation runs on: the host's <see cref="TimeProvider"/>, held apart so that a test can move a
/// warning's acknowledgement clock ahead without moving the silo's own timers and reminders.
/// </summary>
public sealed class WarningClock(TimeProvider time)
{
    public DateTimeOffset GetUtcNow() => time.GetUtcNow();
}
