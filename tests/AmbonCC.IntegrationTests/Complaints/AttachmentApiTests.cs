using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using AmbonCC.Security;

namespace AmbonCC.IntegrationTests.Complaints;

/// <summary>
/// Attachments through the API: type by bytes (415), size (413, 64 KB in this fixture), count (409, 3 here), empty
/// (400 naming the body); and who may read them: the desk and the complaint's own OPD, never another OPD, never
/// the public; the reporter through the chat's secret only.
/// </summary>
[Collection(ComplaintsCollection.Name)]
public sealed class AttachmentApiTests(ComplaintsFixture app)
{
    internal static byte[] Png(int extra = 16) => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. Enumerable.Range(0, extra).Select(i => (byte)Random.Shared.Next(256))];

    internal static byte[] Jpeg(int extra = 16) => [0xFF, 0xD8, 0xFF, 0xE0, .. Enumerable.Range(0, extra).Select(i => (byte)Random.Shared.Next(256))];

    private static ByteArrayContent Body(byte[] data, string type)
    {
        var content = new ByteArrayContent(data);
        content.Headers.ContentType = new MediaTypeHeaderValue(type);
        return content;
    }

    [Fact]
    public async Task A_photo_is_stored_listed_and_served_to_the_desk_and_its_OPD_but_never_to_another_OPD_or_the_public()
    {
        var desk = await app.DeskAsync();
        var id = await app.CreateAsync(desk);
        var photo = Png(2000);
        var posted = await desk.PostAsync($"/api/v1/complaints/{id}/attachments?name=..%2F..%2Fetc%2Ftps%22benteng.png", Body(photo, "image/png"));
        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        var meta = await posted.Content.ReadFromJsonAsync<JsonElement>();
        var fileId = meta.GetProperty("id").GetString()!;
        Assert.Equal("tps_benteng.png", meta.GetProperty("fileName").GetString());
        Assert.DoesNotContain("/", meta.GetProperty("fileName").GetString()!, StringComparison.Ordinal);

        // The same bytes again are the same file, not a second one.
        var again = await (await desk.PostAsync($"/api/v1/complaints/{id}/attachments?name=x.png", Body(photo, "image/png"))).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(fileId, again.GetProperty("id").GetString());
        var view = await desk.GetFromJsonAsync<JsonElement>($"/api/v1/complaints/{id}");
        Assert.Single(view.GetProperty("attachments").EnumerateArray());

        var url = $"/api/v1/complaints/{id}/attachments/{fileId}";
        var served = await desk.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal("image/png", served.Content.Headers.ContentType!.MediaType);
        Assert.Equal(photo, await served.Content.ReadAsByteArrayAsync());
        Assert.Equal("nosniff", served.Headers.GetValues("X-Content-Type-Options").Single());

        await desk.PostAsJsonAsync($"/api/v1/complaints/{id}/verify", new { });
        await desk.PostAsJsonAsync($"/api/v1/complaints/{id}/dispatch", new { opd = "DLHP" });
        var dlhp = await app.KeyAsync("opd:DLHP", ApiScopes.Opd);
        var pupr = await app.KeyAsync("opd:PUPR", ApiScopes.Opd);
        var puprStaff = await app.SignedInAsync("att.pupr", Roles.OpdStaff, "PUPR");
        Assert.Equal(HttpStatusCode.OK, (await dlhp.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await pupr.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await puprStaff.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await pupr.PostAsync($"/api/v1/complaints/{id}/attachments", Body(Png(), "image/png"))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous().GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.KeyAsync("open311:kota", ApiScopes.Open311)).GetAsync(url)).StatusCode);

        // The OPD attaches its report; the complaint now lists two files, the second by the OPD's key.
        var report = await dlhp.PostAsync($"/api/v1/complaints/{id}/attachments?name=laporan.pdf", Body("%PDF-1.7\n%laporan"u8.ToArray(), "application/pdf"));
        Assert.Equal(HttpStatusCode.Created, report.StatusCode);
        var after = await desk.GetFromJsonAsync<JsonElement>($"/api/v1/complaints/{id}");
        Assert.Equal(["desk.operator", "opd:DLHP"], after.GetProperty("attachments").EnumerateArray().Select(a => a.GetProperty("actor").GetString()));

        // Open311 and the public status never list attachments.
        var open311 = await app.Anonymous().GetStringAsync($"/open311/v2/requests/{id}.json");
        Assert.DoesNotContain(fileId, open311, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wrong_type_size_count_or_empty_body_is_refused_with_problem_json()
    {
        var desk = await app.DeskAsync();
        var id = await app.CreateAsync(desk);
        var route = $"/api/v1/complaints/{id}/attachments";

        var text = await desk.PostAsync(route, Body("hello"u8.ToArray(), "text/plain"));
        var html = await desk.PostAsync(route, Body("<html><script>alert(1)</script>"u8.ToArray(), "image/png"));
        var mismatch = await desk.PostAsync(route, Body(Jpeg(), "image/png"));
        var big = await desk.PostAsync(route, Body(Png(70_000), "image/png"));
        var empty = await desk.PostAsync(route, Body([], "image/jpeg"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, text.StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, html.StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, mismatch.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, big.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal("application/problem+json", big.Content.Headers.ContentType!.MediaType);
        Assert.Equal("application/problem+json", html.Content.Headers.ContentType!.MediaType);
        Assert.True((await empty.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("body", out _));

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.Created, (await desk.PostAsync(route, Body(Jpeg(), "image/jpeg"))).StatusCode);
        }

        var fourth = await desk.PostAsync(route, Body(Jpeg(), "image/jpeg"));
        Assert.Equal(HttpStatusCode.Conflict, fourth.StatusCode);
        Assert.Equal("application/problem+json", fourth.Content.Headers.ContentType!.MediaType);
        Assert.Equal(3, (await desk.GetFromJsonAsync<JsonElement>($"/api/v1/complaints/{id}")).GetProperty("attachments").GetArrayLength());
    }

    [Fact]
    public async Task A_reporters_chat_photo_reaches_the_complaint_and_only_the_chats_secret_reads_it_publicly()
    {
        var visitor = app.Anonymous();
        var started = await (await visitor.PostAsJsonAsync("/api/v1/chat/sessions", new { site = "dlh.ambon.go.id" })).Content.ReadFromJsonAsync<JsonElement>();
        var session = started.GetProperty("session").GetString()!;
        await visitor.PostAsJsonAsync($"/api/v1/chat/sessions/{session}/messages", new { text = "Sampah menumpuk di TPS Benteng, ini fotonya." });
        var photo = Jpeg(500);
        var posted = await visitor.PostAsync($"/api/v1/chat/sessions/{session}/attachments?name=tps.jpg", Body(photo, "image/jpeg"));
        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        var fileId = (await posted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;

        Assert.Equal(photo, await visitor.GetByteArrayAsync($"/api/v1/chat/sessions/{session}/attachments/{fileId}"));
        var otherSession = new string('a', 32);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/api/v1/chat/sessions/{otherSession}/attachments/{fileId}")).StatusCode);

        var desk = await app.DeskAsync();
        var filed = await (await desk.PostAsJsonAsync($"/api/v1/chat/sessions/{session}/complaint", new { category = "sampah", lat = -3.7063, @long = 128.1709 }))
            .Content.ReadFromJsonAsync<JsonElement>();
        var id = filed.GetProperty("complaintId").GetString()!;
        Assert.Equal(photo, await desk.GetByteArrayAsync($"/api/v1/complaints/{id}/attachments/{fileId}"));
        // Anonymous visitors cannot read it through the complaint route, even knowing both ids.
        Assert.Equal(HttpStatusCode.Unauthorized, (await visitor.GetAsync($"/api/v1/complaints/{id}/attachments/{fileId}")).StatusCode);
    }
}
