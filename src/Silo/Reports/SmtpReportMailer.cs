using AmbonCC.City;
using AmbonCC.Reports;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace AmbonCC.Silo.Reports;

/// <summary>SMTP settings (<c>AmbonCC:Smtp</c>); without a host no report is mailed (deliveries stay pending, then fail).</summary>
public sealed class SmtpOptions
{
    public const string Section = "AmbonCC:Smtp";

    public string? Host { get; set; }
    public int Port { get; set; } = 587;

    /// <summary>Auto (STARTTLS when offered), StartTls, SslOnConnect or None.</summary>
    public SecureSocketOptions Security { get; set; } = SecureSocketOptions.Auto;
    public string? UserName { get; set; }
    public string? Password { get; set; }
    public string From { get; set; } = "command-center@ambon.go.id";
    public string FromName { get; set; } = "Command Center Kota Ambon";
    public int TimeoutSeconds { get; set; } = 30;
}

/// <summary>Mails one edition of a report with its PDF attached, through MailKit.</summary>
internal sealed class SmtpReportMailer(IOptions<SmtpOptions> smtp, IOptions<ReportOptions> reports, CityClock clock) : IReportMailer
{
    public async Task SendAsync(DailyReport edition, string email, CancellationToken cancellationToken)
    {
        var o = smtp.Value;
        if (string.IsNullOrWhiteSpace(o.Host))
        {
            throw new InvalidOperationException("AmbonCC:Smtp:Host is not set.");
        }

        using var message = Build(edition, email, o);
        using var client = new SmtpClient { Timeout = o.TimeoutSeconds * 1000 };
        await client.ConnectAsync(o.Host, o.Port, o.Security, cancellationToken);
        if (!string.IsNullOrEmpty(o.UserName))
        {
            await client.AuthenticateAsync(o.UserName, o.Password ?? "", cancellationToken);
        }

        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(true, cancellationToken);
    }

    internal MimeMessage Build(DailyReport edition, string email, SmtpOptions o)
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(o.FromName, o.From));
        message.To.Add(MailboxAddress.Parse(email));
        var who = edition.OpdCode is { } opd ? "OPD " + opd : "Kota Ambon";
        message.Subject = $"Laporan Harian Command Center {edition.Id} — {who}";
        // A stable id per report, edition and address: a mail server that sees a resend can tell it is the same mail.
        message.MessageId = $"report-{edition.Id}-{edition.OpdCode ?? "city"}-{Math.Abs(StringComparer.OrdinalIgnoreCase.GetHashCode(email))}@ambon-cc";
        var link = reports.Value.AppBaseUrl is { Length: > 0 } b ? $"\n\nBuka di aplikasi: {b.TrimEnd('/')}/reports/{edition.Id}" : "";
        var body = new BodyBuilder
        {
            TextBody = $"Laporan harian {who}, periode {clock.ToCityTime(edition.Window.From):dd-MM-yyyy HH:mm} – " +
                $"{clock.ToCityTime(edition.Window.To):dd-MM-yyyy HH:mm} {clock.Label}.\n" +
                $"Perlu keputusan: {edition.Decisions.Length}.{link}\n\nLaporan lengkap terlampir (PDF).",
        };
        body.Attachments.Add($"laporan-harian-{edition.Id}{(edition.OpdCode is { } c ? "-" + c : "")}.pdf", ReportPdf.Render(edition, clock), new ContentType("application", "pdf"));
        message.Body = body.ToMessageBody();
        return message;
    }
}
