using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using AmbonCC.City;
using AmbonCC.Platform;
using AmbonCC.Platform.Outbox;

namespace AmbonCC.Warnings;

internal sealed partial class FloodWarningGrain
{
    private const string EscalationReminder = "escalation";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>BPBD duty officers city-wide, the RT heads along the river in the affected kelurahan, and the public post.</summary>
    private async Task AddInitialRecipientsAsync(DateTimeOffset now)
    {
        var directory = await RecipientDirectory.LoadAsync(GrainFactory);
        foreach (var r in directory.AlongRiver(S.RiverName, S.Profile!.DownstreamKelurahanCodes))
        {
            AddRecipient(r, null, now);
        }

        S.Recipients.TryAdd(EscalationPolicy.PublicPostId, new RecipientDelivery
        {
            RecipientId = EscalationPolicy.PublicPostId,
            Name = "Media sosial Pemkot Ambon",
            Role = EscalationPolicy.Social,
            Channel = "social",
            Address = "@pemkotambon",
            QueuedAt = now,
            AckToken = "",
        });
    }

    private RecipientDelivery AddRecipient(DirectoryRecipient r, string? escalatedFrom, DateTimeOffset now)
    {
        if (S.Recipients.TryGetValue(r.Id, out var existing))
        {
            return existing;
        }

        var delivery = new RecipientDelivery
        {
            RecipientId = r.Id,
            Name = r.Name,
            Role = r.Role,
            KelurahanCode = r.KelurahanCode,
            Channel = r.Channel,
            Address = r.Address,
            // Without an address nothing can ever leave: say so instead of showing it queued for good.
            State = HasChannel(r.Channel, r.Address) ? DeliveryState.Queued : DeliveryState.NoChannel,
            QueuedAt = now,
            EscalatedFrom = escalatedFrom,
            AckToken = Convert.ToHexString(RandomNumberGenerator.GetBytes(12)).ToLowerInvariant(),
            Latitude = r.Latitude,
            Longitude = r.Longitude,
        };
        S.Recipients[r.Id] = delivery;
        return delivery;
    }

    /// <summary>Queues message <paramref name="number"/> for every recipient (or only <paramref name="only"/>).</summary>
    private async Task DisseminateAsync(int number, ProposalView text, DateTimeOffset now, IReadOnlyCollection<RecipientDelivery>? only = null)
    {
        var baseUrl = publicBaseUrl.Value;
        var messages = new List<OutboxMessage>();
        foreach (var r in only ?? S.Recipients.Values)
        {
            if (r.State == DeliveryState.NoChannel)
            {
                continue; // the supervisor on duty sees it on screen; others without an address are escalated
            }

            var messageId = $"{Id}/{number}/{r.RecipientId}";
            var ackUrl = r.Role == EscalationPolicy.Social || r.State == DeliveryState.Acknowledged ? null : $"{baseUrl}/ack/{Id}/{r.RecipientId}/{r.AckToken}";
            var body = r.Role == EscalationPolicy.Social
                ? $"{text.Headline}. {text.Instruction} Info: {baseUrl}/api/v1/warnings/{Id}/cap"
                : $"{text.Headline}. {text.Instruction}" + (ackUrl is null ? "" : $" Konfirmasi terima: {ackUrl}");
            var payload = JsonSerializer.Serialize(new GatewayMessage(messageId, Id, r.RecipientId, r.Channel, r.Address, body, ackUrl), Json);
            messages.Add(new OutboxMessage(r.Channel, r.Address, payload, messageId, new OutboxCorrelation(WarningOutcomes.Kind, Id, messageId)));
            r.LastMessageId = messageId;
            if (r.State is DeliveryState.Failed)
            {
                r.State = DeliveryState.Queued;
            }
        }

        if (messages.Count > 0)
        {
            await outbox.EnqueueAsync(messages);
            Note(now, System, WarningNotes.MessagesQueued, messages.Count.ToString(CultureInfo.InvariantCulture));
        }
    }

    public async Task<int> ApplyReceiptsAsync(IReadOnlyList<DeliveryReceipt> receipts)
    {
        var changed = 0;
        foreach (var receipt in receipts)
        {
            TextLimits.Require(receipt.Error, TextLimits.ReceiptError, "error");
            if (!S.Recipients.TryGetValue(receipt.RecipientId, out var r) || !receipt.MessageId.StartsWith(Id + "/", StringComparison.Ordinal))
            {
                throw new ArgumentException($"Unknown recipient or message '{receipt.MessageId}'.", "messageId");
            }

            if (r.State == DeliveryState.Acknowledged)
            {
                continue;
            }

            if (receipt.Delivered && r.State != DeliveryState.Delivered)
            {
                r.State = DeliveryState.Delivered;
                r.SentAt ??= receipt.At;
                r.DeliveredAt = receipt.At;
                changed++;
            }
            else if (!receipt.Delivered && r.State != DeliveryState.Failed)
            {
                r.State = DeliveryState.Failed;
                r.LastError = receipt.Error ?? "gagal terkirim";
                changed++;
            }
        }

        if (changed > 0)
        {
            await SaveAndAnnounceAsync("delivery");
        }

        return changed;
    }

    public Task<bool> IsAcknowledgementLinkValidAsync(string recipientId, string token) =>
        Task.FromResult(TokenMatches(recipientId, token, out _));

    public async Task<bool> AcknowledgeAsync(string recipientId, string token)
    {
        if (!TokenMatches(recipientId, token, out var r))
        {
            return false;
        }

        if (r.State != DeliveryState.Acknowledged)
        {
            var now = time.GetUtcNow();
            r.State = DeliveryState.Acknowledged;
            r.AcknowledgedAt = now;
            Note(now, r.Name, WarningNotes.Acknowledged, r.Name);
            await SaveAndAnnounceAsync("acknowledged");
        }

        return true;
    }

    public async Task OnDispatchOutcomeAsync(string messageId, bool sent, string? error)
    {
        var r = S.Recipients.Values.FirstOrDefault(x => x.LastMessageId == messageId);
        if (r is null || r.State is DeliveryState.Acknowledged or DeliveryState.Delivered)
        {
            return;
        }

        if (sent && r.State == DeliveryState.Queued)
        {
            r.State = DeliveryState.Sent;
            r.SentAt = time.GetUtcNow();
        }
        else if (!sent)
        {
            r.State = DeliveryState.Failed;
            r.LastError = error;
        }

        await SaveAndAnnounceAsync("delivery");
    }

    private bool TokenMatches(string recipientId, string token, out RecipientDelivery recipient)
    {
        recipient = default!;
        if (!S.Recipients.TryGetValue(recipientId ?? "", out var r) || r.AckToken.Length == 0)
        {
            return false;
        }

        recipient = r;
        return CryptographicOperations.FixedTimeEquals(Convert.FromHexString(r.AckToken), SafeHex(token));
    }

    private static bool HasChannel(string channel, string address) =>
        channel != EscalationPolicy.ConsoleChannel && !string.IsNullOrWhiteSpace(address);

    private static byte[] SafeHex(string token)
    {
        try
        {
            return Convert.FromHexString(token ?? "");
        }
        catch (FormatException)
        {
            return [];
        }
    }

    private async Task UnregisterEscalationAsync()
    {
        if (await this.GetReminder(EscalationReminder) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }
    }

    private sealed record GatewayMessage(string MessageId, string WarningId, string RecipientId, string Channel, string To, string Text, string? AckUrl);
}
