using System.Collections.Concurrent;
using AmbonCC.Simulator.Http;

namespace AmbonCC.Simulator.Gateway;

/// <summary>
/// Plays the WhatsApp/SMS/Telegram gateway and the people behind the phones: takes each message, reports
/// delivered or failed after a moment, and for the share of recipients who answer, opens the
/// acknowledgement link minutes later.
/// </summary>
internal sealed class GatewaySimulator(ApiClient api, string gatewayKey, GatewayPlan plan, SimClock clock, CancellationToken stopping)
{
    private const int MaxAttempts = 8;

    private readonly ConcurrentDictionary<string, byte> _seen = new();
    private readonly ConcurrentDictionary<string, byte> _acknowledged = new();

    /// <summary>Takes a message; false when it is a redelivery we already handled (the outbox is at-least-once).</summary>
    public bool Accept(OutboundMessage message)
    {
        if (!_seen.TryAdd(message.MessageId!, 0))
        {
            Log.Info("gateway", $"msg {message.MessageId} again (redelivery), already handled");
            return false;
        }

        Log.Info("gateway", $"msg {message.MessageId} {message.Channel} to {message.To ?? "-"} for {message.RecipientId} (warning {message.WarningId})");
        _ = Task.Run(() => PlayAsync(message), stopping);
        return true;
    }

    private async Task PlayAsync(OutboundMessage message)
    {
        try
        {
            await Task.Delay(clock.Real(GatewayPlan.DeliveryDelay(Random.Shared.NextDouble())), clock.Time, stopping);
            var failed = plan.Fails(message);
            var receipt = new DeliveryReceipt(message.MessageId!, message.RecipientId!, failed ? "failed" : "delivered", clock.WallNow);
            var path = $"/api/v1/warnings/{Uri.EscapeDataString(message.WarningId!)}/receipts";
            var result = await WithRetriesAsync($"receipt {message.MessageId} {receipt.Status}", () => api.PostJsonAsync(path, gatewayKey, new[] { receipt }, stopping));
            if (failed || result?.Outcome != Outcome.Accepted || !plan.Acknowledges(message)
                || !_acknowledged.TryAdd($"{message.WarningId}/{message.RecipientId}", 0))
            {
                return;
            }

            var delay = GatewayPlan.AckDelay(Random.Shared.NextDouble());
            Log.Info("gateway", $"{message.RecipientId} will acknowledge warning {message.WarningId} in {delay.TotalMinutes:0.0} simulated min");
            await Task.Delay(clock.Real(delay), clock.Time, stopping);
            var link = api.Resolve(message.AckUrl!);
            await WithRetriesAsync($"ack {message.RecipientId} warning {message.WarningId}", () => api.PostAsync(link, stopping));
        }
        catch (OperationCanceledException)
        {
        }
        catch (Exception ex)
        {
            Log.Error("gateway", $"msg {message.MessageId}: {ex.Message}");
        }
    }

    private async Task<ApiResult?> WithRetriesAsync(string what, Func<Task<ApiResult>> send)
    {
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var result = await send();
            if (!result.ShouldRetry)
            {
                var line = $"{what} → {result.Status} {result.Latency.TotalMilliseconds:0} ms {result.Detail}".TrimEnd();
                if (result.Outcome == Outcome.Accepted)
                {
                    Log.Info("gateway", line);
                }
                else
                {
                    Log.Error("gateway", line);
                }

                return result;
            }

            var wait = result.Outcome == Outcome.Throttled
                ? Backoff.Default.AfterThrottle(attempt, Random.Shared.NextDouble(), result.RetryAfterDelta, result.RetryAfterDate, clock.Time.GetUtcNow())
                : Backoff.Default.Delay(attempt, Random.Shared.NextDouble());
            Log.Error("gateway", $"{what} {result.StatusText} {result.Detail}; retry in {wait.TotalSeconds:0.0} s");
            await Task.Delay(wait, clock.Time, stopping);
        }

        Log.Error("gateway", $"{what}: gave up after {MaxAttempts} attempts");
        return null;
    }
}
