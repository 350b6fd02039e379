using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AmbonCC.IntegrationTests.Web;
using AmbonCC.Platform.Outbox;
using AmbonCC.Security;
using AmbonCC.Warnings;
using Microsoft.Extensions.DependencyInjection;

namespace AmbonCC.IntegrationTests.Warnings;

[Collection(WebCollection.Name)]
public sealed class RecipientApiTests(WebAppFixture app)
{
    private const string Kelurahan = "81.71.01.1006";

    [Fact]
    public async Task A_supervisor_adds_an_rt_head_who_then_receives_warnings_for_that_river()
    {
        var river = await TestRiver.RegisterAsync(app);
        var recipientId = "rt-" + river.GaugeCode.ToLowerInvariant();
        var supervisor = await app.SignedInAsync("dewi.supervisor", Roles.Supervisor);
        var body = new { name = "Yohanis Latuheru", title = "Ketua RT 07", role = "RtHead", rt = 7, rw = 2, riverName = river.Name, whatsApp = "+6281234500077" };

        var response = await supervisor.PutAsJsonAsync($"/api/v1/recipients/{Kelurahan}/{recipientId}", body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var list = await app.Grains.GetGrain<IRecipientListGrain>(Kelurahan).GetRecipientsAsync();
        Assert.Contains(list, r => r.Id == recipientId && r.Rt == 7 && r.Channels.WhatsApp == "+6281234500077");

        // The river floods and the Supervisor approves: the new RT head is among the recipients, with a message
        // for their WhatsApp number that carries their own acknowledgement link.
        var warningId = await river.RaiseDraftAsync();
        Assert.Equal(HttpStatusCode.OK, (await supervisor.PostAsync($"/api/v1/warnings/{warningId}/approve", null)).StatusCode);
        var warning = (await river.Warning(warningId).GetAsync())!;
        var delivery = Assert.Single(warning.Recipients, r => r.RecipientId == recipientId);
        Assert.Equal(EscalationPolicy.RtHead, delivery.Role);
        Assert.Equal("whatsapp", delivery.Channel);
        Assert.Equal("+6281234500077", delivery.Address);
        Assert.NotNull(await MessageToAsync("+6281234500077", warningId, recipientId));
    }

    /// <summary>The outbox message for this recipient and warning, whatever its delivery state by now.</summary>
    private async Task<OutboxRecord?> MessageToAsync(string address, string warningId, string recipientId)
    {
        var outbox = app.Services.GetRequiredService<IOutbox>();
        foreach (var status in Enum.GetValues<OutboxStatus>())
        {
            var found = (await outbox.ListAsync(status, 10_000)).FirstOrDefault(m =>
                m.Recipient == address && m.Payload.Contains(warningId, StringComparison.Ordinal) && m.Payload.Contains(recipientId, StringComparison.Ordinal));
            if (found is not null)
            {
                return found;
            }
        }

        return null;
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

    [Theory]
    [InlineData(1)] // a member's value today: bound to whatever role has it
    [InlineData(99)] // no role at all
    public async Task A_role_is_a_name_never_a_number(int role)
    {
        var supervisor = await app.SignedInAsync("dewi.supervisor", Roles.Supervisor);
        var body = new { name = "Yohanis Latuheru", role, sms = "+6281234500078" };

        var response = await supervisor.PutAsJsonAsync($"/api/v1/recipients/{Kelurahan}/rt-number", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("role", out _), errors.ToString());
        Assert.DoesNotContain(await app.Grains.GetGrain<IRecipientListGrain>(Kelurahan).GetRecipientsAsync(), r => r.Id == "rt-number");
    }

    [Fact]
    public async Task Operators_cannot_edit_recipients()
    {
        var operatorClient = await app.SignedInAsync("yanti.operator", Roles.Operator);
        var body = new { name = "X", role = "Lurah", sms = "+6281234500001" };
        Assert.Equal(HttpStatusCode.Forbidden, (await operatorClient.PutAsJsonAsync($"/api/v1/recipients/{Kelurahan}/x", body)).StatusCode);
    }
}
