using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AmbonCC.Incidents;
using AmbonCC.IntegrationTests.Web;
using AmbonCC.Security;

namespace AmbonCC.IntegrationTests.Incidents;

[Collection(WebCollection.Name)]
public sealed class IncidentApiTests(WebAppFixture app)
{
    [Theory]
    [InlineData("GET", "/api/v1/incidents")]
    [InlineData("GET", "/api/v1/incidents/INC-20261127-0001")]
    [InlineData("POST", "/api/v1/alarms/gauge:X%7Csiaga/acknowledge")]
    [InlineData("POST", "/api/v1/incidents/INC-20261127-0001/close")]
    public async Task Anonymous_calls_get_401(string method, string path)
    {
        var response = await app.Anonymous().SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = JsonContent.Create(new { }) });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{\"reason\":\"  \"}")]
    public async Task Closing_without_a_reason_gets_400_naming_reason(string body)
    {
        var id = await OpenIncidentAsync();
        var client = await app.SignedInAsync("supervisor-inc", Roles.Supervisor);

        var response = await client.PostAsync($"/api/v1/incidents/{id}/close", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("reason", out _));
        Assert.Equal(IncidentStatus.Open, (await app.Grains.GetGrain<IIncidentGrain>(id).GetAsync())!.Status);
    }

    [Theory]
    [InlineData("GET", "/api/v1/incidents/INC-19990101-9999")]
    [InlineData("POST", "/api/v1/incidents/INC-19990101-9999/close")]
    [InlineData("POST", "/api/v1/alarms/gauge:NOPE%7Csiaga/acknowledge")]
    public async Task Unknown_ids_get_404(string method, string path)
    {
        var client = await app.SignedInAsync("supervisor-inc", Roles.Supervisor);
        var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = JsonContent.Create(new { reason = "x" }) });
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task An_operator_reads_the_queue_acknowledges_but_may_not_close()
    {
        var id = await OpenIncidentAsync();
        var client = await app.SignedInAsync("operator-inc", Roles.Operator);

        var queue = await client.GetFromJsonAsync<JsonElement>("/api/v1/incidents");
        Assert.Contains(queue.EnumerateArray(), i => i.GetProperty("id").GetString() == id);
        var detail = await client.GetFromJsonAsync<JsonElement>($"/api/v1/incidents/{id}");
        var alarmId = detail.GetProperty("alarms")[0].GetProperty("id").GetString()!;
        Assert.Equal("Open", detail.GetProperty("status").GetString());

        var ack = await client.PostAsJsonAsync($"/api/v1/alarms/{Uri.EscapeDataString(alarmId)}/acknowledge", new { note = "Dipantau" });
        Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
        Assert.Equal("operator-inc", (await ack.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("acknowledgedBy").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync($"/api/v1/incidents/{id}/close", new { reason = "selesai" })).StatusCode);
    }

    [Fact]
    public async Task A_supervisor_closes_a_settled_incident_and_gets_409_while_alarms_are_active()
    {
        var id = await OpenIncidentAsync();
        var client = await app.SignedInAsync("supervisor-inc", Roles.Supervisor);
        Assert.Equal(HttpStatusCode.Conflict, (await client.PostAsJsonAsync($"/api/v1/incidents/{id}/close", new { reason = "selesai" })).StatusCode);

        var alarm = (await app.Grains.GetGrain<IIncidentGrain>(id).GetAsync())!.Alarms[0];
        await app.Grains.GetGrain<IAlarmGrain>(alarm.Id).ClearAsync(alarm.RaisedAt.AddMinutes(30), "Surut");
        await app.Grains.GetGrain<IAlarmGrain>(alarm.Id).AcknowledgeAsync("operator1", null);
        var response = await client.PostAsJsonAsync($"/api/v1/incidents/{id}/close", new { reason = "Air surut" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Closed", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
    }

    private async Task<string> OpenIncidentAsync()
    {
        var raise = AlarmIncidentTests.Raise("gauge:" + Guid.NewGuid().ToString("N")[..10], "siaga", "river:" + Guid.NewGuid().ToString("N")[..10], 0);
        return (await app.Grains.GetGrain<IAlarmGrain>(raise.AlarmId).RaiseAsync(raise)).IncidentId!;
    }
}
