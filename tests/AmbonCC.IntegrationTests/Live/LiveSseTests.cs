using System.Net.Http.Headers;
using System.Text.Json;
using AmbonCC.IntegrationTests.Infrastructure;
using AmbonCC.IntegrationTests.Web;
using AmbonCC.Overview;
using AmbonCC.Platform;
using AmbonCC.Web.Live;
using Microsoft.Extensions.DependencyInjection;

namespace AmbonCC.IntegrationTests.Live;

/// <summary>The SSE feed sends each typed event with its own fields (what agency scripts and the bench read).</summary>
[Collection(WebCollection.Name)]
public sealed class LiveSseTests(WebAppFixture app)
{
    [Fact]
    public async Task A_posted_bulletin_arrives_on_the_overview_feed_as_a_typed_bulletin_event()
    {
        var hub = app.Services.GetRequiredService<LiveHub>();
        var before = hub.Subscribers;
        var http = await app.SignedInAsync("sse" + Guid.NewGuid().ToString("N")[..6], "Supervisor");
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/live/overview");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        var responding = http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancel.Token);
        await Eventually.UntilAsync(() => Task.FromResult(hub.Subscribers > before), TimeSpan.FromSeconds(30), "the SSE reader's subscription");

        var text = "SSE check " + Guid.NewGuid().ToString("N");
        await app.Grains.GetGrain<IBulletinBoardGrain>(CityKeys.City).PostAsync("sse-test", text);

        using var response = await responding;
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(cancel.Token));
        string kind = "", data = "";
        while (await reader.ReadLineAsync(cancel.Token) is { } line)
        {
            if (line.StartsWith("event:", StringComparison.Ordinal))
            {
                kind = line[6..].Trim();
            }
            else if (line.StartsWith("data:", StringComparison.Ordinal) && line.Contains(text, StringComparison.Ordinal))
            {
                data = line[5..].Trim();
                break;
            }
        }

        Assert.Equal("bulletin", kind);
        using var json = JsonDocument.Parse(data);
        Assert.Equal(text, json.RootElement.GetProperty("bulletin").GetProperty("text").GetString());
        Assert.Equal("bulletin", json.RootElement.GetProperty("kind").GetString());
    }
}
