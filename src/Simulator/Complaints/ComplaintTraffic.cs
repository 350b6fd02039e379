using System.Collections.Concurrent;

namespace AmbonCC.Simulator.Complaints;

/// <summary>
/// Citizens complaining: every <c>--complaint-every</c> seconds (±30 %) one new complaint through the chat, Open311
/// or social media, each conversation playing on its own while the next begins. A social-media reporter whom an
/// operator answers (the outbox's <c>social</c> message at our webhook) thanks them once.
/// </summary>
internal sealed class ComplaintTraffic(ComplaintSender sender, ComplaintPlan plan, TimeSpan every, TimeProvider time, CancellationToken stopping)
{
    private readonly ConcurrentDictionary<string, byte> _thanked = new();
    private readonly ConcurrentDictionary<Task, byte> _running = new();

    public async Task RunAsync()
    {
        var jitter = new Random((int)Stable.Hash(every.ToString()));
        try
        {
            while (!stopping.IsCancellationRequested)
            {
                var complaint = plan.Next();
                if (!sender.Plays(complaint.Channel))
                {
                    // No key for that channel in the key file: the citizen uses the chat instead.
                    complaint = complaint with { Channel = IntakeChannel.Chat, Site = ComplaintTexts.CitySites[0], Network = null, Account = null, ByAddress = false };
                }

                var task = PlayAsync(complaint);
                _running.TryAdd(task, 0);
                _ = task.ContinueWith(t => _running.TryRemove(t, out _), TaskScheduler.Default);
                await Task.Delay(every * (0.7 + 0.6 * jitter.NextDouble()), time, stopping);
            }
        }
        catch (OperationCanceledException)
        {
        }

        await Task.WhenAll(_running.Keys);
    }

    private async Task PlayAsync(ComplaintScenario complaint)
    {
        try
        {
            var what = complaint.Channel switch
            {
                IntakeChannel.Chat => $"chat from {complaint.Site}",
                IntakeChannel.Open311 => complaint.ByAddress ? "Open311 (address)" : "Open311 (lat/long)",
                _ => $"{complaint.Network} {complaint.Account}",
            };
            Log.Info("complaints", $"{complaint.Id} {complaint.Category} at {complaint.Place.Label}: {what}{(complaint.Photo ? " with photo" : "")}");
            if (await sender.SendAsync(complaint, stopping) is { } outcome)
            {
                Log.Info("complaints", $"{complaint.Id} → {outcome}");
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (Exception ex)
        {
            Log.Error("complaints", $"{complaint.Id}: {ex.Message}");
        }
    }

    /// <summary>An operator's reply reached the account through the gateway; the reporter answers once, a little later.</summary>
    public bool Replied(string? network, string? account, string? deliveryKey)
    {
        if (!sender.Plays(IntakeChannel.Social) || network is null || account is null || deliveryKey is null || !_thanked.TryAdd($"{network}/{account}", 0))
        {
            return false;
        }

        Log.Info("complaints", $"operator replied to {account} on {network}");
        _ = Task.Run(async () =>
        {
            try
            {
                await Task.Delay(sender.Typing * 3, time, stopping);
                var text = ComplaintTexts.Thanks[(int)(Stable.Hash(account) % (uint)ComplaintTexts.Thanks.Count)];
                // The delivery's key names the message: a redelivered reply does not make a second thank-you.
                var message = new { messageId = "sim-thanks-" + Stable.Hash(deliveryKey).ToString("x8", System.Globalization.CultureInfo.InvariantCulture), network, account, text };
                var result = await sender.SocialLineAsync(message, stopping);
                Log.Info("complaints", $"{account} thanks the operator → {result?.StatusText ?? "gave up"}");
            }
            catch (OperationCanceledException)
            {
            }
        }, stopping);
        return true;
    }
}
