using AmbonCC.Platform.Outbox;
using System.Collections.Concurrent;
using System.Text.Json;
using AmbonCC.Silo.Database;
using AmbonCC.Silo.Outbox;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace AmbonCC.IntegrationTests.Outbox;

/// <summary>A gateway stand-in on a free loopback port: records every POST and answers <see cref="StatusCode"/>.</summary>
public sealed class TestWebhook : IAsyncDisposable
{
    private readonly WebApplication app;

    private TestWebhook(WebApplication app) => this.app = app;

    public ConcurrentQueue<(string? IdempotencyKey, JsonElement Body)> Received { get; } = new();

    /// <summary>Idempotency keys of the POSTs answered with 2xx: the deliveries the gateway accepted.</summary>
    public ConcurrentQueue<string> Accepted { get; } = new();

    public int StatusCode { get; set; } = 200;

    public string Url { get; private set; } = "";

    public static async Task<TestWebhook> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var hook = new TestWebhook(app);
        app.MapPost("/hook", async (HttpContext context) =>
        {
            var body = await JsonSerializer.DeserializeAsync<JsonElement>(context.Request.Body);
            var key = context.Request.Headers["Idempotency-Key"].ToString();
            hook.Received.Enqueue((key, body));
            var status = hook.StatusCode;
            if (status is >= 200 and < 300)
            {
                hook.Accepted.Enqueue(key);
            }

            return Results.StatusCode(status);
        });
        await app.StartAsync();
        hook.Url = app.Urls.First() + "/hook";
        return hook;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}

/// <summary>Remembers every outcome the worker reports.</summary>
internal sealed class RecordingObserver : IOutboxObserver
{
    public ConcurrentQueue<OutboxDeliveryReport> Reports { get; } = new();

    public Task OnDeliveryOutcomeAsync(OutboxDeliveryReport report, CancellationToken cancellationToken)
    {
        Reports.Enqueue(report);
        return Task.CompletedTask;
    }
}

/// <summary>Shared test data chores.</summary>
internal static class OutboxTestData
{
    public static async Task ClearAsync(AmbonDatabase database)
    {
        await using var connection = await database.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM outbox_messages;";
        await command.ExecuteNonQueryAsync();
    }
}
