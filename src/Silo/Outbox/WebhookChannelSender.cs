using AmbonCC.Platform.Outbox;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace AmbonCC.Silo.Outbox;

/// <summary>
/// Delivers every channel by POSTing the message as JSON to <see cref="OutboxOptions.WebhookUrl"/> (a gateway
/// that speaks WhatsApp/SMS/Telegram, or the simulator). 2xx is sent; 408, 429, 5xx and network errors are
/// retried; any other status is a permanent refusal. The Idempotency-Key header lets the gateway drop repeats.
/// </summary>
internal sealed class WebhookChannelSender(HttpClient http, IOptions<OutboxOptions> options) : IChannelSender
{
    public async Task<DeliveryResult> SendAsync(OutboxRecord message, CancellationToken cancellationToken)
    {
        var url = options.Value.WebhookUrl;
        if (string.IsNullOrWhiteSpace(url))
        {
            // A missing setting is fixed by an operator, then the retry goes through.
            return DeliveryResult.Retry("AmbonCC:Outbox:WebhookUrl is not configured.");
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = JsonContent.Create(new WebhookBody(message.Id, message.Channel, message.Recipient, message.Correlation,
                message.IdempotencyKey, message.Attempts, PayloadElement(message.Payload))),
        };
        request.Headers.Add("Idempotency-Key", message.IdempotencyKey);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.WebhookTimeout);
        try
        {
            using var response = await http.SendAsync(request, timeout.Token);
            if (response.IsSuccessStatusCode)
            {
                return DeliveryResult.Sent;
            }

            var error = $"HTTP {(int)response.StatusCode} from webhook";
            var code = (int)response.StatusCode;
            return code is (int)HttpStatusCode.RequestTimeout or (int)HttpStatusCode.TooManyRequests or >= 500
                ? DeliveryResult.Retry(error)
                : DeliveryResult.Reject(error);
        }
        catch (HttpRequestException ex)
        {
            return DeliveryResult.Retry("Webhook unreachable: " + ex.Message);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return DeliveryResult.Retry("Webhook timed out");
        }
    }

    // A JSON payload is embedded as JSON; anything else travels as a string.
    private static JsonElement PayloadElement(string payload)
    {
        try
        {
            using var document = JsonDocument.Parse(payload);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return JsonSerializer.SerializeToElement(payload);
        }
    }

    /// <summary>The JSON body the webhook receives.</summary>
    public sealed record WebhookBody(long Id, string Channel, string Recipient, OutboxCorrelation? Correlation, string IdempotencyKey, int Attempt, JsonElement Payload);
}
