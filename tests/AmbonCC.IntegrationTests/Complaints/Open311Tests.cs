using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Xml.Linq;
using AmbonCC.Security;

namespace AmbonCC.IntegrationTests.Complaints;

/// <summary>Open311 GeoReport v2 as the spec names its fields and errors, and never with personal data.</summary>
[Collection(ComplaintsCollection.Name)]
public sealed class Open311Tests(ComplaintsFixture app)
{
    private static readonly string[] RequestFields =
    [
        "service_request_id", "status", "status_notes", "service_name", "service_code", "description", "agency_responsible",
        "service_notice", "requested_datetime", "updated_datetime", "expected_datetime", "address", "address_id", "zipcode",
        "lat", "long", "media_url",
    ];

    [Fact]
    public async Task Services_list_the_categories_with_the_specs_fields()
    {
        var services = await app.Anonymous().GetFromJsonAsync<JsonElement>("/open311/v2/services.json");
        var garbage = services.EnumerateArray().Single(s => s.GetProperty("service_code").GetString() == "sampah");
        foreach (var field in new[] { "service_name", "description", "metadata", "type", "keywords", "group" })
        {
            Assert.True(garbage.TryGetProperty(field, out _), field);
        }

        var xml = XDocument.Parse(await app.Anonymous().GetStringAsync("/open311/v2/services.xml"));
        Assert.Equal("services", xml.Root!.Name.LocalName);
        Assert.Contains(xml.Root.Elements("service"), s => s.Element("service_code")?.Value == "jalan");
        Assert.Equal(HttpStatusCode.NotFound, (await app.Anonymous().GetAsync("/open311/v2/services/roket.json")).StatusCode);
    }

    [Fact]
    public async Task A_request_posted_with_an_api_key_is_found_by_id_and_token_without_the_reporters_identity()
    {
        var key = await app.IssueKeyAsync("open311:kota", ApiScopes.Open311);
        var posted = await app.Anonymous().PostAsync("/open311/v2/requests.json", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["api_key"] = key,
            ["service_code"] = "jalan",
            ["lat"] = "-3.69581",
            ["long"] = "128.18300",
            ["description"] = "Jalan berlubang besar di depan sekolah.",
            ["first_name"] = "Johanis",
            ["last_name"] = "Pattiasina",
            ["phone"] = "081234567890",
            ["email"] = "johanis@example.id",
        }));
        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        var created = (await posted.Content.ReadFromJsonAsync<JsonElement>())[0];
        var id = created.GetProperty("service_request_id").GetString()!;
        var token = created.GetProperty("token").GetString()!;

        var one = await app.Anonymous().GetStringAsync($"/open311/v2/requests/{id}.json");
        var request = JsonDocument.Parse(one).RootElement[0];
        Assert.All(RequestFields, f => Assert.True(request.TryGetProperty(f, out _), f));
        Assert.Equal("open", request.GetProperty("status").GetString());
        Assert.Equal(-3.69581, request.GetProperty("lat").GetDouble());
        var byToken = await app.Anonymous().GetFromJsonAsync<JsonElement>($"/open311/v2/tokens/{token}.json");
        Assert.Equal(id, byToken[0].GetProperty("service_request_id").GetString());
        var list = await app.Anonymous().GetStringAsync($"/open311/v2/requests.json?service_code=jalan&status=open");
        Assert.Contains(id, list, StringComparison.Ordinal);
        var xml = XDocument.Parse(await app.Anonymous().GetStringAsync($"/open311/v2/requests/{id}.xml"));
        Assert.Equal(id, xml.Root!.Element("request")!.Element("service_request_id")!.Value);

        foreach (var personal in new[] { "Johanis", "Pattiasina", "081234567890", "johanis@example.id" })
        {
            Assert.DoesNotContain(personal, one, StringComparison.Ordinal);
            Assert.DoesNotContain(personal, list, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_confidential_complaint_is_not_listed_and_by_id_shows_its_status_only()
    {
        var desk = await app.DeskAsync();
        var id = await app.CreateAsync(desk, confidential: true);

        var list = await app.Anonymous().GetStringAsync("/open311/v2/requests.json?service_code=sampah");
        var one = JsonDocument.Parse(await app.Anonymous().GetStringAsync($"/open311/v2/requests/{id}.json")).RootElement[0];

        Assert.DoesNotContain(id, list, StringComparison.Ordinal);
        Assert.Equal("open", one.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, one.GetProperty("description").ValueKind);
        Assert.Equal(JsonValueKind.Null, one.GetProperty("lat").ValueKind);
    }

    [Theory]
    [InlineData("service_code=roket&lat=-3.7&long=128.1&description=Jalan%20rusak%20parah%20sekali", 400, "service_code")]
    [InlineData("service_code=jalan&description=Jalan%20rusak%20parah%20sekali", 400, "address_string")]
    [InlineData("service_code=jalan&lat=-95&long=128.1&description=Jalan%20rusak%20parah%20sekali", 400, "lat")]
    [InlineData("service_code=jalan&address_string=Jl.%20Pattimura&description=x", 400, "description")]
    public async Task Errors_come_in_the_specs_format_naming_the_field(string form, int code, string field)
    {
        var key = await app.IssueKeyAsync("open311:kota", ApiScopes.Open311);
        var response = await app.Anonymous().PostAsync("/open311/v2/requests.json",
            new StringContent($"api_key={Uri.EscapeDataString(key)}&{form}", System.Text.Encoding.UTF8, "application/x-www-form-urlencoded"));
        await AssertSpecError(response, code, field);
    }

    [Fact]
    public async Task Refusals_and_unknown_ids_are_in_the_specs_format_too()
    {
        var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["service_code"] = "jalan", ["address_string"] = "Jl. Pattimura", ["description"] = "Jalan rusak parah sekali" });
        await AssertSpecError(await app.Anonymous().PostAsync("/open311/v2/requests.json", form), 401, "api_key");
        var opdKey = await app.KeyAsync("opd:DLHP", ApiScopes.Opd);
        await AssertSpecError(await opdKey.PostAsync("/open311/v2/requests.json", form), 403, "api_key");
        await AssertSpecError(await app.Anonymous().GetAsync("/open311/v2/requests/AMB-2026-999999.json"), 404, "service_request_id");
        await AssertSpecError(await app.Anonymous().GetAsync("/open311/v2/requests.json?start_date=kemarin"), 400, "start_date");

        var xml = XDocument.Parse(await (await app.Anonymous().GetAsync("/open311/v2/tokens/00000000000000000000000000000000.xml")).Content.ReadAsStringAsync());
        Assert.Equal("404", xml.Root!.Element("error")!.Element("code")!.Value);
    }

    private static async Task AssertSpecError(HttpResponseMessage response, int code, string field)
    {
        Assert.Equal(code, (int)response.StatusCode);
        var error = (await response.Content.ReadFromJsonAsync<JsonElement>())[0];
        Assert.Equal(code, error.GetProperty("code").GetInt32());
        Assert.Contains(field, error.GetProperty("description").GetString(), StringComparison.Ordinal);
    }
}
