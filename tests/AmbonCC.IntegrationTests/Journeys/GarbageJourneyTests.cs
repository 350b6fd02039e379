using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using AmbonCC.Cameras;
using AmbonCC.City;
using AmbonCC.Incidents;
using AmbonCC.IntegrationTests.Infrastructure;
using AmbonCC.Security;
using AmbonCC.Web.Security;

namespace AmbonCC.IntegrationTests.Journeys;

/// <summary>
/// Journey 3 (docs/journeys.md): a garbage complaint from the DLH chat widget, verified, merged with its duplicate,
/// dispatched to DLHP on a 5-working-day clock that Idul Adha moves, answered by the OPD without the reporter's
/// identity, confirmed by the citizen in her chat, closed; the waste camera at the TPS is on the same incident.
/// </summary>
public sealed class GarbageJourneyTests(GarbageJourneyFixture app) : IClassFixture<GarbageJourneyFixture>
{
    private const string Benteng = "81.71.03.1003";
    private const double Lat = -3.70631;
    private const double Lon = 128.17093;
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_confidential_garbage_chat_becomes_one_complaint_answered_by_DLHP_and_closed_on_the_cameras_incident()
    {
        // Step 4's camera first: the waste camera at the TPS saw the overflow twice that week.
        var camera = "CCTV-TPS-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        await app.Grains.GetGrain<ICameraGrain>(camera).RegisterAsync(new CameraProfile(
            camera, "TPS Benteng " + camera, CameraCategory.Waste, "TPS Benteng", Benteng, Lat, Lon, "rtsp://10.0.0.9/1", "DLHP", null, "vms-j3"));
        var device = await KeyClientAsync("camera:" + camera, ApiScopes.DeviceIngest);
        foreach (var (eventId, day) in new[] { ("ev-a-" + camera, -5), ("ev-b-" + camera, -2) })
        {
            var start = DateTimeOffset.UtcNow.AddDays(day).ToUnixTimeMilliseconds() / 1000.0;
            var evt = new { type = "new", after = new { id = eventId, label = "garbage_overflow", score = 0.9, entered_zones = new[] { "tps" }, start_time = start } };
            var posted = await device.PostAsJsonAsync($"/api/v1/cameras/{camera}/events", evt);
            Assert.True(posted.IsSuccessStatusCode, await posted.Content.ReadAsStringAsync());
        }

        var cameraAlarm = app.Grains.GetGrain<IAlarmGrain>(AlarmKeys.For("camera:" + camera, "garbage_overflow"));
        var overflow = await Eventually.SucceedsAsync(cameraAlarm.GetAsync, Wait, a => a is { Count: 2, IncidentId: not null }, "the camera's two overflows");

        // An open complaint about the same TPS, 30 m away, filed earlier by an operator.
        var desk = await app.SignedInAsync("operator.sari", Roles.Operator);
        var earlier = await CreatedIdAsync(await desk.PostAsJsonAsync("/api/v1/complaints", new
        {
            category = "sampah", description = "TPS dekat pasar Benteng penuh, sampah meluber ke jalan.", lat = Lat + 0.00027, @long = Lon,
            address = "Jl. TPS Benteng", kelurahan = Benteng, reporter = new { name = "Yohanis Latuheru", phone = "0813-1111-2222" }, channel = "Operator",
        }), "id");

        // 1. The citizen chats on the DLH website with a photo and asks to stay confidential.
        var citizen = app.Anonymous();
        var session = (await (await citizen.PostAsJsonAsync("/api/v1/chat/sessions", new { site = "dlh.ambon.go.id", name = "Maria Tuhumury", contact = "maria@example.id" }))
            .Content.ReadFromJsonAsync<JsonElement>()).GetProperty("session").GetString()!;
        await citizen.PostAsJsonAsync($"/api/v1/chat/sessions/{session}/messages",
            new { text = "Sampah di TPS Kelurahan Benteng sudah seminggu tidak diangkut. Saya minta identitas saya dirahasiakan." });
        var photo = Jpeg();
        Assert.Equal(HttpStatusCode.Created, (await citizen.PostAsync($"/api/v1/chat/sessions/{session}/attachments?name=tps.jpg", Jpeg(photo))).StatusCode);

        // 2. The operator answers, files it (confidential, as she asked), verifies with the category, merges the duplicate.
        Assert.Equal(HttpStatusCode.OK, (await desk.PostAsJsonAsync($"/api/v1/chat/sessions/{session}/reply", new { text = "Terima kasih Ibu, kami proses." })).StatusCode);
        var id = await CreatedIdAsync(await desk.PostAsJsonAsync($"/api/v1/chat/sessions/{session}/complaint",
            new { category = "lainnya", lat = Lat, @long = Lon, address = "TPS Benteng", kelurahan = Benteng, confidential = true }), "complaintId");
        await StepAsync(desk, id, "verify", new { category = "sampah", note = "Foto menunjukkan TPS penuh." });
        var duplicates = await desk.GetFromJsonAsync<JsonElement>($"/api/v1/complaints/{id}/duplicates");
        Assert.Contains(duplicates.EnumerateArray(), d => d.GetProperty("id").GetString() == earlier);
        await StepAsync(desk, earlier, "verify", new { note = "Sama dengan laporan lewat chat." });
        await StepAsync(desk, earlier, "merge", new { into = id });

        // Dispatched Monday 25 May: Tue 26, (Idul Adha 27, cuti bersama 28), Fri 29, (Pancasila 1 Jun), 2, 3, 4 June.
        var dispatched = await StepAsync(desk, id, "dispatch", new { opd = "DLHP" });
        var due = DateTimeOffset.Parse(dispatched.GetProperty("deadline").GetProperty("dueAt").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(new DateTimeOffset(2026, 6, 5, 0, 0, 0, TimeSpan.FromHours(9)), due);

        // 3. DLHP staff see it without the reporter; DLHP's own system answers through the API with a photo.
        var staff = await app.SignedInAsync("dlhp.staff", Roles.OpdStaff, "DLHP");
        var seen = await (await staff.GetAsync($"/api/v1/complaints/{id}")).Content.ReadAsStringAsync();
        Assert.Contains("seminggu tidak diangkut", seen, StringComparison.Ordinal);
        foreach (var personal in new[] { "Maria", "Tuhumury", "maria@example.id" })
        {
            Assert.DoesNotContain(personal, seen, StringComparison.Ordinal);
        }

        var dlhp = await KeyClientAsync("opd:DLHP", ApiScopes.Opd);
        Assert.Equal(HttpStatusCode.Created, (await dlhp.PostAsync($"/api/v1/complaints/{id}/attachments?name=sesudah.jpg", Jpeg(Jpeg()))).StatusCode);
        await StepAsync(dlhp, id, "follow-up", new { note = "Sampah TPS Benteng diangkut Selasa pagi; jadwal angkut ditambah." });
        await StepAsync(desk, id, "respond", new { note = "DLHP sudah mengangkut sampah dan menambah jadwal angkut." });
        await desk.PostAsJsonAsync($"/api/v1/chat/sessions/{session}/reply", new { text = "DLHP sudah mengangkut sampah dan menambah jadwal angkut." });

        var chat = await citizen.GetFromJsonAsync<JsonElement>($"/api/v1/chat/sessions/{session}?after=0");
        Assert.Contains(chat.GetProperty("lines").EnumerateArray(), l => l.GetProperty("text").GetString()!.Contains("menambah jadwal", StringComparison.Ordinal));
        Assert.Equal("Responded", chat.GetProperty("complaintStatus").GetString());
        await citizen.PostAsJsonAsync($"/api/v1/chat/sessions/{session}/messages", new { text = "Sudah bersih, terima kasih." });
        var closed = await StepAsync(desk, id, "confirm", new { satisfied = true, note = "Pelapor mengonfirmasi lewat chat." });
        Assert.Equal("Closed", closed.GetProperty("status").GetString());
        Assert.Equal(2, closed.GetProperty("attachments").GetArrayLength());

        // 4. The complaint joined the camera's incident; the merged duplicate too.
        var incidentIds = closed.GetProperty("incidentIds").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Equal(overflow!.IncidentId, Assert.Single(incidentIds));
        var incident = (await app.Grains.GetGrain<IIncidentGrain>(overflow.IncidentId!).GetAsync())!;
        Assert.Contains(incident.Alarms, a => a.Id == overflow.Id);
        Assert.Contains(incident.Alarms, a => a.Source == "complaint:" + id && a.Type == IncidentTypes.WasteReportAlarm);
        Assert.Contains(incident.Alarms, a => a.Source == "complaint:" + earlier);
        Assert.Equal(IncidentTitles.CameraEvent, incident.TitleCode);
    }

    private async Task<HttpClient> KeyClientAsync(string subject, string scope)
    {
        var client = app.Anonymous();
        client.DefaultRequestHeaders.Add(ApiKeys.Header, await app.IssueKeyAsync(subject, scope));
        return client;
    }

    private static byte[] Jpeg() => [0xFF, 0xD8, 0xFF, 0xE0, .. Enumerable.Range(0, 64).Select(i => (byte)Random.Shared.Next(256))];

    private static ByteArrayContent Jpeg(byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
        return content;
    }

    private static async Task<string> CreatedIdAsync(HttpResponseMessage response, string property)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.GetProperty(property).GetString()!;
    }

    private static async Task<JsonElement> StepAsync(HttpClient client, string id, string step, object body)
    {
        var response = await client.PostAsJsonAsync($"/api/v1/complaints/{id}/{step}", body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{step}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
