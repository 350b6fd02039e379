using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AmbonCC.Security;

namespace AmbonCC.IntegrationTests.Complaints;

/// <summary>The operator/OPD API: the lifecycle end to end, an OPD's limits, privacy, and bad input named by field.</summary>
[Collection(ComplaintsCollection.Name)]
public sealed class ComplaintApiTests(ComplaintsFixture app)
{
    [Fact]
    public async Task A_complaint_goes_from_receipt_to_closure_with_every_step_named()
    {
        var desk = await app.DeskAsync();
        var id = await app.CreateAsync(desk);
        await Step(desk, id, "verify", new { note = "Benar, TPS penuh." });
        await Step(desk, id, "dispatch", new { opd = "DLHP" });
        var dlhp = await app.KeyAsync("opd:DLHP", ApiScopes.Opd);
        await Step(dlhp, id, "follow-up", new { note = "Sampah diangkut hari ini." });
        await Step(desk, id, "respond", new { note = "DLHP sudah mengangkut sampah." });
        var closed = await Step(desk, id, "confirm", new { satisfied = true });

        Assert.Equal("Closed", closed.GetProperty("status").GetString());
        var actors = closed.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("actor").GetString()).ToList();
        Assert.Equal(["desk.operator", "desk.operator", "desk.operator", "opd:DLHP", "desk.operator", "desk.operator"], actors);
    }

    [Fact]
    public async Task An_OPD_key_reads_and_answers_only_its_own_OPDs_complaints()
    {
        var desk = await app.DeskAsync();
        var id = await app.CreateAsync(desk);
        await Step(desk, id, "verify", new { });
        await Step(desk, id, "dispatch", new { opd = "DLHP" });
        var pupr = await app.KeyAsync("opd:PUPR", ApiScopes.Opd);

        Assert.Equal(HttpStatusCode.NotFound, (await pupr.GetAsync($"/api/v1/complaints/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await pupr.PostAsJsonAsync($"/api/v1/complaints/{id}/follow-up", new { note = "bukan urusan kami" })).StatusCode);
        var list = await pupr.GetFromJsonAsync<JsonElement>("/api/v1/complaints?opd=DLHP&limit=1000");
        Assert.DoesNotContain(list.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetString() == id);
        var dlhp = await app.KeyAsync("opd:DLHP", ApiScopes.Opd);
        Assert.Equal(HttpStatusCode.OK, (await dlhp.GetAsync($"/api/v1/complaints/{id}")).StatusCode);
    }

    [Fact]
    public async Task An_OPD_sees_a_confidential_complaint_without_the_reporters_identity_and_the_desk_with_it()
    {
        var desk = await app.DeskAsync();
        var id = await app.CreateAsync(desk, confidential: true);
        await Step(desk, id, "verify", new { });
        await Step(desk, id, "dispatch", new { opd = "DLHP" });
        var staff = await app.SignedInAsync("dlhp.staff", Roles.OpdStaff, "DLHP");

        var opdBody = await (await staff.GetAsync($"/api/v1/complaints/{id}")).Content.ReadAsStringAsync();
        var deskBody = await (await desk.GetAsync($"/api/v1/complaints/{id}")).Content.ReadAsStringAsync();

        Assert.Contains("Sampah di TPS Benteng", opdBody, StringComparison.Ordinal);
        foreach (var personal in new[] { "Maria", "Tuhumury", "0812-4455-6677", "maria@example.id" })
        {
            Assert.DoesNotContain(personal, opdBody, StringComparison.Ordinal);
            Assert.Contains(personal, deskBody, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_step_out_of_order_is_409_and_a_merge_keeps_both_histories()
    {
        var desk = await app.DeskAsync();
        var first = await app.CreateAsync(desk, lat: -3.69000, lon: 128.19000);
        var second = await app.CreateAsync(desk, lat: -3.69010, lon: 128.19010);

        Assert.Equal(HttpStatusCode.Conflict, (await desk.PostAsJsonAsync($"/api/v1/complaints/{first}/respond", new { note = "terlalu cepat" })).StatusCode);
        var duplicates = await desk.GetFromJsonAsync<JsonElement>($"/api/v1/complaints/{second}/duplicates");
        Assert.Contains(duplicates.EnumerateArray(), d => d.GetProperty("id").GetString() == first);

        await Step(desk, second, "verify", new { note = "sama dengan laporan lain" });
        var merged = await Step(desk, second, "merge", new { into = first });

        Assert.Equal(first, merged.GetProperty("id").GetString());
        Assert.Contains(merged.GetProperty("history").EnumerateArray(), h => h.GetProperty("complaintId").GetString() == second && h.GetProperty("action").GetString() == "verify");
        var gone = await desk.GetFromJsonAsync<JsonElement>($"/api/v1/complaints/{second}");
        Assert.Equal("Merged", gone.GetProperty("status").GetString());
        Assert.Equal(first, gone.GetProperty("mergedInto").GetString());
    }

    [Theory]
    [InlineData("{\"category\":\"sampah\",\"description\":\"pendek\",\"lat\":-3.7,\"long\":128.1}", "description")]
    [InlineData("{\"category\":\"roket\",\"description\":\"Sampah menumpuk di TPS\"}", "category")]
    [InlineData("{\"category\":\"sampah\",\"description\":\"Sampah menumpuk di TPS\",\"lat\":95,\"long\":128.1}", "lat")]
    [InlineData("{\"category\":\"sampah\",\"description\":\"Sampah menumpuk di TPS\",\"reporter\":{\"email\":\"bukan-email\"}}", "reporter.email")]
    [InlineData("{\"category\":\"sampah\",\"description\":\"Sampah menumpuk di TPS\",\"channel\":\"Pigeon\"}", "channel")]
    [InlineData("{\"category\":\"sampah\",\"description\":\"Sampah menumpuk di TPS\",\"channel\":\"Open311,Operator\"}", "channel")]
    [InlineData("{\"category\":\"sampah\",\"description\":\"Sampah menumpuk di TPS\",\"channel\":\"3\"}", "channel")]
    public async Task Bad_input_is_400_naming_the_field(string body, string field)
    {
        var desk = await app.DeskAsync();
        var response = await desk.PostAsync("/api/v1/complaints", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        await AssertField(response, field);
    }

    [Fact]
    public async Task Bad_steps_and_filters_are_400_naming_the_field()
    {
        var desk = await app.DeskAsync();
        var id = await app.CreateAsync(desk);
        await Step(desk, id, "verify", new { });
        await AssertField(await desk.PostAsJsonAsync($"/api/v1/complaints/{id}/dispatch", new { opd = "dinas <x>" }), "opd");
        await AssertField(await desk.PostAsJsonAsync($"/api/v1/complaints/{id}/archive", new { note = new string('x', 2001) }), "note");
        await AssertField(await desk.GetAsync("/api/v1/complaints?status=Lost"), "status");
        // Enum.TryParse would read these as the or-ed values of two statuses, or a number.
        await AssertField(await desk.GetAsync("/api/v1/complaints?status=Received,Closed"), "status");
        await AssertField(await desk.GetAsync("/api/v1/complaints?status=2"), "status");
        await AssertField(await desk.GetAsync("/api/v1/complaints?overdue=ya"), "overdue");
        await AssertField(await desk.GetAsync("/api/v1/complaints?offset=1e3"), "offset");
        await AssertField(await desk.GetAsync("/api/v1/complaints?limit=0"), "limit");
    }

    private static async Task AssertField(HttpResponseMessage response, string field)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"errors should name {field}: {problem}");
    }

    private static async Task<JsonElement> Step(HttpClient client, string id, string step, object body)
    {
        var response = await client.PostAsJsonAsync($"/api/v1/complaints/{id}/{step}", body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{step}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}

/// <summary>The public status page by tracking id shows the status and never the reporter.</summary>
[Collection(ComplaintsCollection.Name)]
public sealed class PublicStatusPageTests(ComplaintsFixture app)
{
    [Fact]
    public async Task The_status_page_shows_the_status_without_personal_data()
    {
        var desk = await app.DeskAsync();
        var id = await app.CreateAsync(desk);

        var html = await app.Anonymous().GetStringAsync($"/lapor/status/{id}");

        Assert.Contains("data-status=\"Received\"", html, StringComparison.Ordinal);
        foreach (var personal in new[] { "Maria", "0812-4455-6677", "maria@example.id" })
        {
            Assert.DoesNotContain(personal, html, StringComparison.Ordinal);
        }
    }
}
