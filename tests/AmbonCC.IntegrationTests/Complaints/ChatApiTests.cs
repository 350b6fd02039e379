using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AmbonCC.Platform.Outbox;
using AmbonCC.Security;
using Microsoft.Extensions.DependencyInjection;

namespace AmbonCC.IntegrationTests.Complaints;

/// <summary>The chat API: a social-media gateway's messages become a chat, replies leave through the outbox, and the chat becomes a complaint.</summary>
[Collection(ComplaintsCollection.Name)]
public sealed class ChatApiTests(ComplaintsFixture app)
{
    [Fact]
    public async Task Gateway_messages_join_one_chat_once_and_an_operators_reply_goes_out_through_the_outbox()
    {
        var marker = Guid.NewGuid().ToString("N")[..8];
        var gateway = await app.KeyAsync("gateway:wa", ApiScopes.Gateway);
        var message = new { messageId = "m-" + marker, network = "whatsapp", account = "+62812" + marker[..6].Replace('a', '1'), text = $"Jalan rusak di Batu Merah {marker}" };

        var first = await (await gateway.PostAsJsonAsync("/api/v1/chat/gateway/messages", message)).Content.ReadFromJsonAsync<JsonElement>();
        var again = await (await gateway.PostAsJsonAsync("/api/v1/chat/gateway/messages", message)).Content.ReadFromJsonAsync<JsonElement>();
        var next = await (await gateway.PostAsJsonAsync("/api/v1/chat/gateway/messages", message with { messageId = "n-" + marker, text = "Tolong segera" })).Content.ReadFromJsonAsync<JsonElement>();
        var session = first.GetProperty("session").GetString()!;

        Assert.Equal(1, again.GetProperty("lines").GetInt32());
        Assert.Equal(session, next.GetProperty("session").GetString());
        Assert.Equal(2, next.GetProperty("lines").GetInt32());

        var desk = await app.DeskAsync();
        Assert.Equal(HttpStatusCode.OK, (await desk.PostAsJsonAsync($"/api/v1/chat/sessions/{session}/reply", new { text = $"Baik, kami teruskan {marker}" })).StatusCode);
        var outbox = app.Services.GetRequiredService<IOutbox>();
        var all = new List<OutboxRecord>();
        foreach (var status in Enum.GetValues<OutboxStatus>())
        {
            all.AddRange(await outbox.ListAsync(status, 1000));
        }

        // A message can move from one status to the next between the queries above: count it once.
        var sent = Assert.Single(all.DistinctBy(m => m.Id), m => m.Payload.Contains(marker, StringComparison.Ordinal));
        Assert.Equal("social", sent.Channel);
        Assert.Equal(message.account, sent.Recipient);

        var filed = await desk.PostAsJsonAsync($"/api/v1/chat/sessions/{session}/complaint", new { category = "jalan", lat = -3.6812, @long = 128.1931 });
        var id = (await filed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("complaintId").GetString()!;
        var complaint = await desk.GetFromJsonAsync<JsonElement>($"/api/v1/complaints/{id}");
        Assert.Equal("SocialMedia", complaint.GetProperty("channel").GetString());
        Assert.Contains(marker, complaint.GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_reporters_side_of_a_chat_shows_no_names_and_a_device_key_cannot_post_gateway_messages()
    {
        var citizen = app.Anonymous();
        var started = await (await citizen.PostAsJsonAsync("/api/v1/chat/sessions", new { site = "dlh.ambon.go.id", name = "Ruth Lewerissa", contact = "ruth@example.id" }))
            .Content.ReadFromJsonAsync<JsonElement>();
        var session = started.GetProperty("session").GetString()!;
        await citizen.PostAsJsonAsync($"/api/v1/chat/sessions/{session}/messages", new { text = "Sampah menumpuk di TPS" });
        var desk = await app.DeskAsync();
        await desk.PostAsJsonAsync($"/api/v1/chat/sessions/{session}/reply", new { text = "Kami cek" });

        var seen = await citizen.GetStringAsync($"/api/v1/chat/sessions/{session}?after=0");

        Assert.Contains("Kami cek", seen, StringComparison.Ordinal);
        Assert.DoesNotContain("Ruth", seen, StringComparison.Ordinal);
        Assert.DoesNotContain("desk.operator", seen, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await citizen.GetAsync("/api/v1/chat/sessions/0123456789abcdef0123456789abcdef")).StatusCode);
        var device = await app.KeyAsync("gauge:X", ApiScopes.DeviceIngest);
        Assert.Equal(HttpStatusCode.Forbidden, (await device.PostAsJsonAsync("/api/v1/chat/gateway/messages", new { messageId = "x", network = "wa", account = "a", text = "halo" })).StatusCode);
    }
}
