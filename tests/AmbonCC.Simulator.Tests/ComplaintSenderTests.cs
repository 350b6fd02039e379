using System.Collections.Concurrent;
using System.Net;
using System.Text;
using AmbonCC.Simulator.Complaints;
using AmbonCC.Simulator.Http;
using Microsoft.Extensions.Time.Testing;

namespace AmbonCC.Simulator.Tests;

/// <summary>The complaint traffic against a stand-in server: the wire shape of each channel and the public rate.</summary>
public sealed class ComplaintSenderTests
{
    private const string Open311Key = "acc_open311";
    private const string SocialKey = "acc_social";

    [Fact]
    public async Task Each_channel_speaks_its_endpoint_and_every_public_request_waits_for_the_budget()
    {
        var start = new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);
        var time = new FakeTimeProvider(start);
        var server = new StandIn(time);
        using var http = new HttpClient(server);
        var budget = new IntakeBudget(8, time);
        var sender = new ComplaintSender(new ApiClient(http, new Uri("http://127.0.0.1:5080")), budget, Open311Key, SocialKey, time)
        {
            Typing = TimeSpan.FromSeconds(5),
        };
        var plan = new ComplaintPlan(CityPlaces.All, 21);
        var complaints = Enumerable.Range(0, 24).Select(_ => plan.Next()).ToList();

        // All at once, as a burst of citizens: the budget has to spread them out.
        var sending = Task.WhenAll(complaints.Select(c => sender.SendAsync(c, CancellationToken.None)));
        for (var step = 0; !sending.IsCompleted && step < 100_000; step++)
        {
            time.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(1);
        }

        var outcomes = await sending;
        Assert.All(outcomes, Assert.NotNull);
        var requests = server.Requests.ToList();
        var publicOnes = requests.Where(r => r.Public).Select(r => r.At).ToList();
        // Each public request took a permit (the budget's own test shows no 61 s ever holds more than 8 of them),
        // so the burst is spread over at least one window per 8 requests after the first 8.
        Assert.Equal(publicOnes.Count, budget.Granted);
        Assert.True(publicOnes.Max() - start >= IntakeBudget.Window * ((publicOnes.Count - 1) / 8),
            $"{publicOnes.Count} public requests within {publicOnes.Max() - start}");
        var expectedPublic = complaints.Sum(c => c.Channel switch
        {
            IntakeChannel.Chat => 1 + c.Lines.Count + (c.Photo ? 1 : 0),
            IntakeChannel.Open311 => 1,
            _ => 0,
        });
        Assert.Equal(expectedPublic, publicOnes.Count);

        // Chats are anonymous browser calls naming their site; Open311 is a form with its key; the gateway uses its header.
        Assert.All(requests.Where(r => r.Path.StartsWith("/api/v1/chat/sessions", StringComparison.Ordinal)), r => Assert.Null(r.Key));
        Assert.All(requests.Where(r => r.Path == "/api/v1/chat/sessions"), r => Assert.Contains("\"site\":\"", r.Body, StringComparison.Ordinal));
        Assert.All(requests.Where(r => r.Path == ComplaintSender.Open311Path), r =>
        {
            Assert.Equal("application/x-www-form-urlencoded", r.ContentType);
            Assert.Contains("api_key=" + Open311Key, r.Body, StringComparison.Ordinal);
        });
        Assert.All(requests.Where(r => r.Path == ComplaintSender.GatewayPath), r => Assert.Equal(SocialKey, r.Key));
        Assert.All(requests.Where(r => r.Path.EndsWith("/attachments", StringComparison.Ordinal)), r =>
        {
            Assert.Equal("image/jpeg", r.ContentType);
            Assert.InRange(r.Length, 100, 5 * 1024 * 1024);
        });
        foreach (var channel in Enum.GetValues<IntakeChannel>())
        {
            Assert.Contains(complaints, c => c.Channel == channel);
        }

        Assert.Contains(requests, r => r.Path.EndsWith("/attachments", StringComparison.Ordinal));
    }

    private sealed record Seen(DateTimeOffset At, string Path, string? Key, string? ContentType, string Body, long Length, bool Public);

    /// <summary>Answers as the server does on success, and records what came when (by the fake clock).</summary>
    private sealed class StandIn(TimeProvider time) : HttpMessageHandler
    {
        public ConcurrentQueue<Seen> Requests { get; } = new();

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var path = request.RequestUri!.AbsolutePath;
            var bytes = request.Content is null ? [] : await request.Content.ReadAsByteArrayAsync(cancellationToken);
            var key = request.Headers.TryGetValues(ApiClient.KeyHeader, out var keys) ? keys.Single() : null;
            var isPublic = path.StartsWith("/api/v1/chat/sessions", StringComparison.Ordinal) || path == ComplaintSender.Open311Path;
            Requests.Enqueue(new Seen(time.GetUtcNow(), path, key, request.Content?.Headers.ContentType?.MediaType,
                path.EndsWith("/attachments", StringComparison.Ordinal) ? "" : Encoding.UTF8.GetString(bytes), bytes.Length, isPublic));
            var (status, json) = path switch
            {
                "/api/v1/chat/sessions" => (HttpStatusCode.OK, $"{{\"session\":\"{Guid.NewGuid():N}\"}}"),
                ComplaintSender.Open311Path => (HttpStatusCode.Created, "[{\"service_request_id\":\"AMB-2026-000001\",\"token\":\"t\"}]"),
                _ when path.EndsWith("/attachments", StringComparison.Ordinal) => (HttpStatusCode.Created, "{}"),
                _ => (HttpStatusCode.OK, "{}"),
            };
            return new HttpResponseMessage(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        }
    }
}
