using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using AmbonCC.City;
using AmbonCC.Complaints;
using AmbonCC.Complaints.Rules;
using AmbonCC.IntegrationTests.Infrastructure;
using AmbonCC.Reports;
using AmbonCC.Security;
using AmbonCC.Silo.Reports;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PdfSharp.Pdf.IO;

namespace AmbonCC.IntegrationTests.Reports;

/// <summary>The daily report through the app: generated on demand, an OPD head's edition, read receipts, e-mail with the PDF.</summary>
[Collection(ReportsCollection.Name)]
public sealed class DailyReportTests(ReportsFixture app)
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    [Fact]
    public async Task A_generated_report_is_archived_mailed_with_its_pdf_and_each_opd_head_sees_only_their_items()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        string dlhp = "D" + suffix.ToUpperInvariant(), pupr = "P" + suffix.ToUpperInvariant();
        var now = app.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        var overdueDlhp = await ImportOverdueAsync(dlhp, now);
        var overduePupr = await ImportOverdueAsync(pupr, now);

        var admin = await app.SignInAsync("admin", ReportsFixtureAdmin.Password);
        var mayor = "mayor-" + suffix;
        var head = "head-" + suffix;
        await app.SignedInAsync(mayor, Roles.Leadership);
        var headClient = await app.SignedInAsync(head, Roles.OpdStaff, dlhp);
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync($"/api/v1/reports/subscriptions/{mayor}", new { email = $"{mayor}@ambon.go.id" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync($"/api/v1/reports/subscriptions/{head}", new { email = $"{head}@ambon.go.id", opd = dlhp })).StatusCode);

        var supervisor = await app.SignedInAsync("sup-" + suffix, Roles.Supervisor);
        var id = ReportSchedule.IdOf(new ReportSchedule(app.Services.GetRequiredService<CityClock>()).LatestDue(now));
        var generated = await supervisor.PostAsJsonAsync("/api/v1/reports", new { date = id });
        Assert.Equal(HttpStatusCode.OK, generated.StatusCode);
        var city = (await generated.Content.ReadFromJsonAsync<DailyReport>(Json))!;
        Assert.Contains(city.Decisions, d => d.SubjectId == overdueDlhp);
        Assert.Contains(city.Decisions, d => d.SubjectId == overduePupr);
        Assert.Contains(await app.Grains.GetGrain<IReportArchiveGrain>(AmbonCC.Platform.CityKeys.City).ListAsync(10), r => r.Id == id);

        // The OPD head's edition: their OPD's items only, and no other OPD's edition.
        var own = (await headClient.GetFromJsonAsync<DailyReport>($"/api/v1/reports/{id}", Json))!;
        Assert.Equal(dlhp, own.OpdCode);
        Assert.Contains(own.Decisions, d => d.SubjectId == overdueDlhp);
        Assert.All(own.Decisions, d => Assert.Equal(dlhp, d.OpdCode));
        Assert.All(own.Today.Complaints.OverdueByOpd, o => Assert.Equal(dlhp, o.Name));
        Assert.Equal(HttpStatusCode.Forbidden, (await headClient.GetAsync($"/api/v1/reports/{id}?opd={pupr}")).StatusCode);

        // Read receipts: who opened it, shown to the Supervisor.
        var receipts = await supervisor.GetFromJsonAsync<ReceiptsView>($"/api/v1/reports/{id}/receipts", Json);
        Assert.Contains(receipts!.Receipts, r => r.UserName == head && r.OpdCode == dlhp);

        // E-mail: each subscriber gets their edition with the PDF attached.
        var mails = await Eventually.SucceedsAsync(
            () => Task.FromResult(app.Smtp.Messages.Where(m => m.Recipients.Any(r => r.Contains(suffix, StringComparison.Ordinal))).ToList()),
            Wait, m => m.Count >= 2, "two report e-mails in the SMTP sink");
        var toHead = mails.Single(m => m.Recipients.Contains($"{head}@ambon.go.id"));
        Assert.Contains(dlhp, toHead.Message.Subject, StringComparison.Ordinal);
        var pdf = Assert.Single(toHead.Message.Attachments.OfType<MimeKit.MimePart>());
        Assert.Equal("application/pdf", pdf.ContentType.MimeType);
        using var bytes = new MemoryStream();
        await pdf.Content!.DecodeToAsync(bytes);
        bytes.Position = 0;
        using (var document = PdfReader.Open(bytes, PdfDocumentOpenMode.Import))
        {
            Assert.True(document.PageCount >= 1);
        }

        var deliveries = await Eventually.SucceedsAsync(() => app.Grains.GetGrain<IDailyReportGrain>(id).GetDeliveriesAsync(), Wait,
            d => d.Where(x => x.Email.Contains(suffix, StringComparison.Ordinal)).All(x => x.State == MailState.Sent), "deliveries stored as sent");
        Assert.Equal(2, deliveries.Count(x => x.Email.Contains(suffix, StringComparison.Ordinal)));

        // The PDF endpoint serves the same edition.
        var download = await headClient.GetAsync($"/api/v1/reports/{id}/pdf");
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_date_whose_window_has_not_ended_is_refused_naming_the_field()
    {
        var supervisor = await app.SignedInAsync("sup-date", Roles.Supervisor);
        var response = await supervisor.PostAsJsonAsync("/api/v1/reports", new { date = "2999-01-01" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("date", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_mailer_delivers_to_an_smtp_server_with_the_pdf_attached()
    {
        var mailer = new SmtpReportMailer(
            Options.Create(new SmtpOptions { Host = "127.0.0.1", Port = app.Smtp.Port, Security = MailKit.Security.SecureSocketOptions.None }),
            Options.Create(new ReportOptions { AppBaseUrl = "https://cc.ambon.go.id" }), CityClock.Ambon());
        var to = $"sekda-{Guid.NewGuid():N}@ambon.go.id";
        var window = new ReportWindow(DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch.AddDays(1));
        var empty = new DomainFigures(RiverFigures.Empty, CameraFigures.Empty, TaxFigures.Empty, ComplaintFigures.Empty);

        await mailer.SendAsync(new DailyReport("1970-01-02", window, window.To, "test", empty, empty, []), to, CancellationToken.None);

        var (_, message) = app.Smtp.Messages.Single(m => m.Recipients.Contains(to));
        Assert.Contains("https://cc.ambon.go.id/reports/1970-01-02", message.TextBody, StringComparison.Ordinal);
        Assert.Equal("laporan-harian-1970-01-02.pdf", Assert.Single(message.Attachments).ContentDisposition?.FileName);
    }

    private async Task<string> ImportOverdueAsync(string opd, DateTimeOffset now)
    {
        var id = TrackingIds.Format(TrackingIds.CounterKey(now), Random.Shared.Next(500_000, 999_999));
        var submission = new ComplaintSubmission(default, "sampah", "Sampah menumpuk di TPS, belum diangkut.",
            new ComplaintLocation(-3.6954, 128.1814, "TPS Batu Merah", null), null, true, false);
        await app.Grains.GetGrain<IComplaintGrain>(id).ImportAsync(
            new ComplaintImport(submission, now.AddDays(-30), ComplaintStatus.Dispatched, now.AddDays(-20), opd, "test"));
        return id;
    }

    private sealed record ReceiptsView(List<ReadReceipt> Receipts, List<MailDelivery> Deliveries);
}

internal static class ReportsFixtureAdmin
{
    public const string Password = Web.WebAppFixture.AdminPassword;
}
