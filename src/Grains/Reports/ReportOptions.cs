namespace AmbonCC.Reports;

/// <summary>Settings of the daily report (<c>AmbonCC:Reports</c>).</summary>
public sealed class ReportOptions
{
    public const string Section = "AmbonCC:Reports";

    /// <summary>The OPD that decides on red tax terminals (Ambon: BPPRD).</summary>
    public string RevenueOpd { get; set; } = "BPPRD";

    /// <summary>Whether the silo registers the 07:00 reminder (off in tests that drive the scheduler by hand).</summary>
    public bool Schedule { get; set; } = true;

    /// <summary>Attempts per e-mail before it is marked failed (one attempt per scheduler tick or generation).</summary>
    public int MailAttempts { get; set; } = 5;

    /// <summary>The link to the report in the app, put in the e-mail (the app's public base URL + /reports/ID).</summary>
    public string? AppBaseUrl { get; set; }
}

/// <summary>Sends one edition of a report to one address, the PDF attached; implemented by the silo (SMTP).</summary>
public interface IReportMailer
{
    Task SendAsync(DailyReport edition, string email, CancellationToken cancellationToken);
}
