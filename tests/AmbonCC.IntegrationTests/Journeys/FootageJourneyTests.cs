using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using AmbonCC.Audit;
using AmbonCC.Cameras;
using AmbonCC.City;
using AmbonCC.IntegrationTests.Web;
using AmbonCC.Platform.Outbox;
using AmbonCC.Security;
using Microsoft.Extensions.DependencyInjection;

namespace AmbonCC.IntegrationTests.Journeys;

/// <summary>
/// Journey 4 through the HTTP API: a police letter for footage of Jl. Sultan Hasanudin, 21:00-22:30 two days ago;
/// the Supervisor approves (legal hold sent to the VMS); the VMS records the export's SHA-256 with its own key; the
/// desk hands it over; the handover record opens as a PDF; the custody log verifies; every step is audited.
/// </summary>
[Collection(JourneyCollection.Name)]
public sealed class FootageJourneyTests(JourneyFixture app)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    [Fact]
    public async Task A_police_request_is_approved_held_exported_handed_over_and_its_custody_log_verifies()
    {
        var vms = "vms-j4-" + Guid.NewGuid().ToString("N")[..6];
        var (camera, _) = await app.NewCameraAsync(CameraCategory.Road, "Jl. Sultan Hasanudin", vms);
        var desk = await app.SignedInAsync("j4.operator", Roles.Operator);
        var supervisor = await app.SignedInAsync("j4.supervisor", Roles.Supervisor);
        var vmsKey = await app.KeyClientAsync("vms:" + vms, ApiScopes.Vms);
        var twoDaysAgo = app.City.StartOfDay(app.City.Today.AddDays(-2));
        var (from, to) = (twoDaysAgo.AddHours(21), twoDaysAgo.AddHours(22.5));
        var letter = "B/" + Random.Shared.Next(100, 999) + "/XII/2026/Reskrim";

        // The operator records the letter.
        var created = await desk.PostAsJsonAsync("/api/v1/evidence", new
        {
            institution = "Polresta Pulau Ambon dan Pulau-Pulau Lease",
            officerName = "Ipda Matulessy",
            letterNumber = letter,
            letterDate = app.City.Today.AddDays(-1),
            caseNumber = "LP/B/512/XII/2026",
            reason = "Penganiayaan di depan toko",
            cameraCodes = new[] { camera },
            from,
            to,
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<EvidenceView>(Json))!.Id;
        var recorded = (await desk.GetFromJsonAsync<EvidenceView>($"/api/v1/evidence/{id}", Json))!;
        Assert.Equal((EvidenceStatus.Requested, letter, from, to), (recorded.Status, recorded.Request.LetterNumber, recorded.Request.From, recorded.Request.To));

        // The Supervisor approves: a legal hold for that window goes to the camera's VMS through the outbox.
        Assert.Equal(HttpStatusCode.Forbidden, (await desk.PostAsJsonAsync($"/api/v1/evidence/{id}/approve", new { reason = "x" })).StatusCode);
        var approved = await supervisor.PostAsJsonAsync($"/api/v1/evidence/{id}/approve", new { reason = "Surat permintaan lengkap" });
        Assert.Equal(EvidenceStatus.OnHold, (await approved.Content.ReadFromJsonAsync<EvidenceView>(Json))!.Status);
        var hold = await OutboxMessageAsync($"evidence/{id}/legal-hold/{vms}");
        Assert.Equal(("vms", vms), (hold.Channel, hold.Recipient));
        var payload = JsonDocument.Parse(hold.Payload).RootElement;
        Assert.Equal(("legal-hold", letter), (payload.GetProperty("action").GetString(), payload.GetProperty("letterNumber").GetString()));
        Assert.Equal((from, to), (payload.GetProperty("from").GetDateTimeOffset(), payload.GetProperty("to").GetDateTimeOffset()));
        // Only a Supervisor ends a hold; the desk cannot.
        Assert.Equal(HttpStatusCode.Forbidden, (await desk.PostAsJsonAsync($"/api/v1/evidence/{id}/release", new { reason = "x" })).StatusCode);

        // The VMS exports the clip and records its SHA-256 with its own key; the desk hands it over.
        var clip = RandomNumberGenerator.GetBytes(4096);
        var sha = Convert.ToHexStringLower(SHA256.HashData(clip));
        var export = await vmsKey.PostAsJsonAsync($"/api/v1/evidence/{id}/export", new { fileName = "hasanudin-2100-2230.mp4", sizeBytes = (long)clip.Length, sha256 = sha });
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        var handover = await desk.PostAsJsonAsync($"/api/v1/evidence/{id}/handover", new { officerName = "Ipda Matulessy" });
        Assert.Equal(HttpStatusCode.OK, handover.StatusCode);
        var done = (await handover.Content.ReadFromJsonAsync<EvidenceView>(Json))!;
        Assert.Equal((EvidenceStatus.HandedOver, sha, "Ipda Matulessy"), (done.Status, done.Export!.Sha256, done.HandedOverTo));

        // The handover record opens as a PDF naming the hash and both parties.
        var pdf = await desk.GetAsync($"/api/v1/evidence/{id}/handover.pdf");
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        using (var document = PdfSharp.Pdf.IO.PdfReader.Open(new MemoryStream(await pdf.Content.ReadAsByteArrayAsync()), PdfSharp.Pdf.IO.PdfDocumentOpenMode.Import))
        {
            Assert.True(document.PageCount >= 1);
            Assert.Contains(sha, document.Info.Subject, StringComparison.Ordinal);
            Assert.Contains("Ipda Matulessy", document.Info.Keywords, StringComparison.Ordinal);
        }

        // Months later: the custody log verifies, every step with who, and each entry chained to the one before.
        var custody = (await desk.GetFromJsonAsync<CustodyReport>($"/api/v1/evidence/{id}/custody", Json))!;
        Assert.True(custody.Verified);
        Assert.Null(custody.FirstBrokenSeq);
        Assert.Equal(["requested", "approved-legal-hold", "exported", "handed-over"], custody.Entries.Select(e => e.Action));
        Assert.Equal(["j4.operator", "j4.supervisor", "vms:" + vms, "j4.operator"], custody.Entries.Select(e => e.Actor));
        Assert.All(custody.Entries.Skip(1).Zip(custody.Entries), pair => Assert.Equal(pair.Second.Hash, pair.First.PreviousHash));
        Assert.Contains(custody.Entries, e => e.Details.Contains(sha, StringComparison.Ordinal));

        // The audit log has each step's actor, the VMS key included.
        var admin = await app.SignInAsync("admin", WebAppFixture.AdminPassword);
        var audit = (await admin.GetFromJsonAsync<List<AuditEntry>>($"/api/v1/audit?entity={Uri.EscapeDataString(id)}", Json))!;
        Assert.Contains(audit, e => e.Action.EndsWith(".Record", StringComparison.Ordinal) && e.Actor == "j4.operator");
        Assert.Contains(audit, e => e.Action.EndsWith(".Decide", StringComparison.Ordinal) && e.Actor == "j4.supervisor");
        Assert.Contains(audit, e => e.Action.EndsWith(".RecordExport", StringComparison.Ordinal) && e.Actor == "vms:" + vms);
        Assert.Contains(audit, e => e.Action.EndsWith(".HandOver", StringComparison.Ordinal) && e.Actor == "j4.operator");
    }

    private async Task<OutboxRecord> OutboxMessageAsync(string idempotencyKey)
    {
        var outbox = app.Services.GetRequiredService<IOutbox>();
        foreach (var status in Enum.GetValues<OutboxStatus>())
        {
            if ((await outbox.ListAsync(status, 1000)).FirstOrDefault(m => m.IdempotencyKey == idempotencyKey) is { } found)
            {
                return found;
            }
        }

        throw new Xunit.Sdk.XunitException($"No outbox message {idempotencyKey}.");
    }
}
