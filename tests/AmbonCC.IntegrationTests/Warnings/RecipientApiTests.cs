using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AmbonCC.IntegrationTests.Web;
using AmbonCC.Security;
using AmbonCC.Warnings;

namespace AmbonCC.IntegrationTests.Warnings;

[Collection(WebCollection.Name)]
public sealed class RecipientApiTests(WebAppFixture app)
{
    private const string Kelurahan = "81.71.01.1006";

    [Fact]
    public async Task A_supervisor_adds_an_rt_head_who_then_receives_warnings_for_that_river()
    {
        var supervisor = await app.SignedInAsync("dewi.supervisor", Roles.Supervisor);
        var body = new { name = "Yohanis Latuheru", title = "Ketua RT 07", role = "RtHead", rt = 7, rw = 2, riverName = "Wai Batu Merah", whatsApp = "+6281234500077" };

        var response = await supervisor.PutAsJsonAsync($"/api/v1/recipients/{Kelurahan}/rt-test-07", body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var list = await app.Grains.GetGrain<IRecipientListGrain>(Kelurahan).GetRecipientsAsync();
        Assert.Contains(list, r => r.Id == "rt-test-07" && r.Rt == 7 && r.Channels.WhatsApp == "+6281234500077");
    }

    [Fact]
    public async Task Bad_recipients_are_refused_field_by_field()
    {
        var supervisor = await app.SignedInAsync("dewi.supervisor", Roles.Supervisor);
        var body = new { name = "", role = "RtHead", whatsApp = "0812" };

        var response = await supervisor.PutAsJsonAsync($"/api/v1/recipients/{Kelurahan}/rt-bad", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("name", out _));
        Assert.True(errors.TryGetProperty("riverName", out _));
        Assert.True(errors.TryGetProperty("whatsApp", out _));
        Assert.DoesNotContain(await app.Grains.GetGrain<IRecipientListGrain>(Kelurahan).GetRecipientsAsync(), r => r.Id == "rt-bad");
    }

    [Fact]
    public async Task Operators_cannot_edit_recipients()
    {
        var operatorClient = await app.SignedInAsync("yanti.operator", Roles.Operator);
        var body = new { name = "X", role = "Lurah", sms = "+6281234500001" };
        Assert.Equal(HttpStatusCode.Forbidden, (await operatorClient.PutAsJsonAsync($"/api/v1/recipients/{Kelurahan}/x", body)).StatusCode);
    }
}
