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
