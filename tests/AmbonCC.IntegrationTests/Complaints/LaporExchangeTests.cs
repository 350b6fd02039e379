using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using AmbonCC.Security;

namespace AmbonCC.IntegrationTests.Complaints;

/// <summary>The LAPOR! exchange: what is exported comes back the same when imported, once.</summary>
[Collection(ComplaintsCollection.Name)]
public sealed class LaporExchangeTests(ComplaintsFixture app)
{
    [Fact]
    public async Task A_complaint_exported_and_imported_again_round_trips_and_a_repeat_import_is_a_no_op()
    {
        var desk = await app.DeskAsync();
        var id = await app.CreateAsync(desk, confidential: true);
        await desk.PostAsJsonAsync($"/api/v1/complaints/{id}/verify", new { });
        await desk.PostAsJsonAsync($"/api/v1/complaints/{id}/dispatch", new { opd = "DLHP" });
        var admin = await app.SignedInAsync("exchange.admin", Roles.Admin);

        var exported = await ExportAsync(admin, id);
        Assert.Equal("didisposisikan", exported["status"]!.GetValue<string>());
        Assert.Equal("DLHP", exported["instansi"]!.GetValue<string>());
        Assert.Equal("Maria Tuhumury", exported["pelapor"]!["nama"]!.GetValue<string>());

        var incoming = exported.DeepClone().AsObject();
        incoming["trackingId"] = null;
        incoming["laporId"] = "LP-" + Guid.NewGuid().ToString("N")[..10];
        var first = await (await admin.PostAsJsonAsync("/api/v1/complaints/exchange/lapor", new JsonArray(incoming.DeepClone()))).Content.ReadFromJsonAsync<string[]>();
        var again = await (await admin.PostAsJsonAsync("/api/v1/complaints/exchange/lapor", new JsonArray(incoming.DeepClone()))).Content.ReadFromJsonAsync<string[]>();
        Assert.Equal(first, again);
        Assert.NotEqual(id, first![0]);

        var back = await ExportAsync(admin, first[0]);
        foreach (var field in new[] { "kategori", "isi", "status", "instansi", "anonim", "rahasia", "lokasi", "pelapor", "tanggalLapor" })
        {
            Assert.True(JsonNode.DeepEquals(exported[field], back[field]), $"{field}: {exported[field]?.ToJsonString()} vs {back[field]?.ToJsonString()}");
        }
    }

    [Fact]
    public async Task An_unknown_status_is_400_naming_the_record_and_field_and_OPD_keys_cannot_use_the_exchange()
    {
        var admin = await app.SignedInAsync("exchange.admin", Roles.Admin);
        var record = new JsonObject
        {
            ["kategori"] = "jalan", ["isi"] = "Jalan rusak parah di depan pasar", ["status"] = "hilang", ["kanal"] = "Lapor",
            ["anonim"] = true, ["rahasia"] = false, ["tanggalLapor"] = "2026-11-02T10:00:00+09:00", ["tanggalStatus"] = "2026-11-02T10:00:00+09:00",
            ["lokasi"] = new JsonObject { ["alamat"] = "Pasar Mardika" },
        };
        var response = await admin.PostAsJsonAsync("/api/v1/complaints/exchange/lapor", new JsonArray(record));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("[0].status", out _));
        var opd = await app.KeyAsync("opd:DLHP", ApiScopes.Opd);
        Assert.Equal(HttpStatusCode.Forbidden, (await opd.GetAsync("/api/v1/complaints/exchange/lapor")).StatusCode);
    }

    private static async Task<JsonObject> ExportAsync(HttpClient admin, string id)
    {
        var since = Uri.EscapeDataString(DateTimeOffset.UtcNow.AddMinutes(-10).ToString("O"));
        var all = await admin.GetFromJsonAsync<JsonArray>($"/api/v1/complaints/exchange/lapor?since={since}");
        return Assert.Single(all!, r => r!["trackingId"]?.GetValue<string>() == id)!.AsObject();
    }
}
