using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace AmbonCC.Simulator.Gateway;

/// <summary>The gateway's webhook: a minimal Kestrel endpoint that answers 202 as soon as it has the message.</summary>
internal static class WebhookHost
{
    public static WebApplication Build(Uri webhook, GatewaySimulator gateway, Complaints.ComplaintTraffic? complaints = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"{webhook.Scheme}://{webhook.Host}:{webhook.Port}");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var app = builder.Build();
        // The outbox worker wraps each message: {id, channel, recipient, attempt, ..., payload: {messageId, ...}}.
        app.MapPost(webhook.AbsolutePath, (OutboxEnvelope? envelope) =>
        {
            if (envelope?.Channel == "vms")
            {
                // The demo's VMS: a legal hold (or its release) for a police request is noted, nothing else to play.
                Log.Info("vms", "legal hold message received");
                return Results.Accepted();
            }

            var message = envelope?.Payload;
            if (envelope?.Channel == "social")
            {
                // An operator's answer to a social-media reporter; the reporter may answer back through the gateway.
                return Results.Accepted(value: new { accepted = complaints?.Replied(message?.Network, message?.Account, envelope.IdempotencyKey) ?? false });
            }

            if (message?.ComplaintId is { } complaintId)
            {
                Log.Info("gateway", $"complaint {complaintId}: overdue notice to {message.RecipientId ?? "the role on duty"}");
                return Results.Accepted();
            }

            return message is null || message.MissingField is not null
                ? Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: $"Field '{message?.MissingField ?? "payload"}' is required.")
                : Results.Accepted(value: new { accepted = gateway.Accept(message) });
        });
        return app;
    }
}
