using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AmbonCC.Cameras;
using AmbonCC.City;
using AmbonCC.Platform.Outbox;
using AmbonCC.Security;
using Microsoft.Extensions.DependencyInjection;

namespace AmbonCC.IntegrationTests.Cameras;

/// <summary>A police request from letter to handover, with the custody log verifying, and who may do what.</summary>
[Collection(CameraCollection.Name)]
public sealed class EvidenceApiTests(CameraWebFixture app)
{
    private static object Request(string camera, string? letter = "B/77/XII/2026", int daysAgo = 2) => new
    {
        institution = "Polresta Pulau Ambon",
        officerName = "Bripka Leiwakabessy",
        letterNumber = letter,
        letterDate = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-1)),
        caseNumber = "LP/B/456/XII/2026",
        reason = "Pencurian kendaraan",
        cameraCodes = new[] { camera },
        from = DateTimeOffset.UtcNow.AddDays(-daysAgo),
        to = DateTimeOffset.UtcNow.AddDays(-daysAgo).AddMinutes(90),
    };

    [Fact]
    public async Task A_request_goes_from_letter_to_handover_and_its_custody_log_verifies()
    {
        var vms = "vms-" + Guid.NewGuid().ToString("N")[..6];
        var (camera, _) = await app.NewCameraAsync(CameraCategory.Road, vms: vms);
        var desk = await app.SignedInAsync("ev.operator", Roles.Operator);
        var supervisor = await app.SignedInAsync("ev.supervisor", Roles.Supervisor);
        var vmsKey = await app.KeyClientAsync("vms:" + vms, ApiScopes.Vms);
        var otherVms = await app.KeyClientAsync("vms:someone-else", ApiScopes.Vms);

        var created = await desk.PostAsJsonAsync("/api/v1/evidence", Request(camera));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();

        Assert.Equal(HttpStatusCode.Forbidden, (await desk.PostAsJsonAsync($"/api/v1/evidence/{id}/approve", new { reason = "ok" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await supervisor.PostAsJsonAsync($"/api/v1/evidence/{id}/approve", new { reason = "Surat lengkap" })).StatusCode);
        var outbox = app.Services.GetRequiredService<IOutbox>();
        var sent = new List<OutboxRecord>();
        foreach (var status in Enum.GetValues<OutboxStatus>())
        {
            sent.AddRange(await outbox.ListAsync(status, 1000));
        }

        var hold = Assert.Single(sent, m => m.IdempotencyKey == $"evidence/{id}/legal-hold/{vms}");
        Assert.Equal(("vms", vms), (hold.Channel, hold.Recipient));
        var export = new { fileName = "hasanudin-2100-2230.mp4", sizeBytes = 734_003_200L, sha256 = new string('a', 64) };
        Assert.Equal(HttpStatusCode.Forbidden, (await otherVms.PostAsJsonAsync($"/api/v1/evidence/{id}/export", export)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await vmsKey.PostAsJsonAsync($"/api/v1/evidence/{id}/export", export)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await desk.PostAsJsonAsync($"/api/v1/evidence/{id}/handover", new { officerName = "Bripka Leiwakabessy" })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await supervisor.PostAsJsonAsync($"/api/v1/evidence/{id}/refuse", new { reason = "late" })).StatusCode);

        var custody = await desk.GetFromJsonAsync<JsonElement>($"/api/v1/evidence/{id}/custody");
        Assert.True(custody.GetProperty("verified").GetBoolean());
        Assert.Equal(["requested", "approved-legal-hold", "exported", "handed-over"],
            custody.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("action").GetString()));
        Assert.Equal("HandedOver", (await desk.GetFromJsonAsync<JsonElement>($"/api/v1/evidence/{id}")).GetProperty("status").GetString());

        // The city's list has it at its last step; each step is a coded line on the camera's timeline.
        var listed = Assert.Single(await app.Grains.GetGrain<IEvidenceIndexGrain>(AmbonCC.Platform.CityKeys.City).ListAsync(), v => v.Id == id);
        Assert.Equal(EvidenceStatus.HandedOver, listed.Status);
        var lines = (await app.Grains.GetGrain<ICameraGrain>(camera).GetTimelineAsync()).Where(e => e.Kind.StartsWith("evidence-", StringComparison.Ordinal)).Reverse().ToList();
        Assert.Equal(["evidence-requested", "evidence-approved", "evidence-hold", "evidence-exported", "evidence-handed-over"], lines.Select(e => e.Kind));
        Assert.All(lines, e => Assert.Equal(id, e.Args![0]));
        Assert.Equal(["hasanudin-2100-2230.mp4", new string('a', 64)], lines[3].Args!.Skip(1));
        Assert.Equal(["Bripka Leiwakabessy", "ev.operator"], lines[4].Args!.Skip(1));
    }

    [Fact]
    public async Task The_handover_record_is_a_pdf_with_the_hash_and_the_names_for_the_desk_only_after_the_handover()
    {
        var vms = "vms-" + Guid.NewGuid().ToString("N")[..6];
        var (camera, _) = await app.NewCameraAsync(CameraCategory.Road, vms: vms);
        var desk = await app.SignedInAsync("ev.pdf.operator", Roles.Operator);
        var supervisor = await app.SignedInAsync("ev.pdf.supervisor", Roles.Supervisor);
        var created = await desk.PostAsJsonAsync("/api/v1/evidence", Request(camera));
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        await supervisor.PostAsJsonAsync($"/api/v1/evidence/{id}/approve", new { reason = "Surat lengkap" });
        var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Guid.NewGuid().ToByteArray()));
        await desk.PostAsJsonAsync($"/api/v1/evidence/{id}/export", new { fileName = "klip.mp4", sizeBytes = 1000L, sha256 = sha });
        var early = await desk.GetAsync($"/api/v1/evidence/{id}/handover.pdf");
        await desk.PostAsJsonAsync($"/api/v1/evidence/{id}/handover", new { officerName = "Bripka Leiwakabessy" });
        var officer = await app.SignedInAsync("ev.pdf.tax", Roles.TaxOfficer);

        var pdf = await desk.GetAsync($"/api/v1/evidence/{id}/handover.pdf");

        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync($"/api/v1/evidence/{id}/handover.pdf")).StatusCode);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        var bytes = await pdf.Content.ReadAsByteArrayAsync();
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(bytes[..5]));
        using var document = PdfSharp.Pdf.IO.PdfReader.Open(new MemoryStream(bytes), PdfSharp.Pdf.IO.PdfDocumentOpenMode.Import);
        Assert.Equal(1, document.PageCount);
        Assert.Contains(sha, document.Info.Subject, StringComparison.Ordinal);
        Assert.Contains("ev.pdf.operator", document.Info.Keywords, StringComparison.Ordinal);
        Assert.Contains("Bripka Leiwakabessy", document.Info.Keywords, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, 2, "letterNumber")]
    [InlineData("B/1", 30, "from")]
    [InlineData("B/1", 2, "cameraCodes")]
    public async Task Requests_without_a_letter_past_retention_or_for_unknown_cameras_are_refused(string? letter, int daysAgo, string field)
    {
        var (camera, _) = await app.NewCameraAsync();
        var desk = await app.SignedInAsync("ev.operator2", Roles.Operator);

        var response = await desk.PostAsJsonAsync("/api/v1/evidence", Request(field == "cameraCodes" ? "CCTV-NOPE-1" : camera, letter, daysAgo));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _));
    }
}
