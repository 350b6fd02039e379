using System.Collections.Immutable;
using AmbonCC.Complaints.Rules;
using AmbonCC.Platform;
using Microsoft.Extensions.Logging;
using AmbonCC.Platform.Outbox;
using System.Text.Json;
using Orleans.Streams;

namespace AmbonCC.Complaints;

[GenerateSerializer, Alias("ambon.complaints.ChatSessionState")]
internal sealed class ChatSessionState
{
    [Id(0)] public DateTimeOffset? StartedAt { get; set; }
    [Id(1)] public string? SourceSite { get; set; }
    [Id(2)] public string? ReporterName { get; set; }
    [Id(3)] public string? ReporterContact { get; set; }
    [Id(4)] public List<ChatLine> Lines { get; set; } = [];
    [Id(5)] public string? ComplaintId { get; set; }
    [Id(6)] public string? Gateway { get; set; }
    [Id(7)] public string? Account { get; set; }
    [Id(8)] public string? Network { get; set; }

    /// <summary>Gateway message ids already taken (newest last, bounded): a redelivered message is not a new line.</summary>
    [Id(9)] public List<string> SeenMessageIds { get; set; } = [];

    /// <summary>Files the reporter attached (metadata; the bytes are in the file table), oldest first.</summary>
    [Id(10)] public List<ComplaintAttachment> Attachments { get; set; } = [];
}

/// <summary>One live chat. Each line is stored, then the inbox and the live stream are told (neither calls back).</summary>
internal sealed class ChatSessionGrain(
    [PersistentState("chatSession", ProviderNames.GrainStorage)] IPersistentState<ChatSessionState> state,
    ComplaintClock time,
    IOutbox outbox,
    ILogger<ChatSessionGrain> logger) : Grain, IChatSessionGrain
{
    private const int LinesMax = 500;

    public async Task<ChatView> StartAsync(string? sourceSite, string? reporterName, string? reporterContact)
    {
        if (state.State.StartedAt is null)
        {
            state.State.SourceSite = ComplaintInput.Text(sourceSite, "site", 200, required: false);
            state.State.ReporterName = ComplaintInput.Text(reporterName, "name", ComplaintInput.NameMax, required: false);
            state.State.ReporterContact = ComplaintInput.Text(reporterContact, "contact", ComplaintInput.EmailMax, required: false);
            state.State.StartedAt = time.GetUtcNow();
            await ChangedAsync("started");
        }

        return View(true);
    }

    public Task<ChatView?> GetAsync(bool withIdentity) => Task.FromResult(state.State.StartedAt is null ? null : View(withIdentity));

    public async Task<ChatView> SayAsync(ChatSide side, string author, string text)
    {
        if (state.State.StartedAt is null)
        {
            throw new KeyNotFoundException("No such chat.");
        }

        text = ComplaintInput.Text(text, "text", ComplaintInput.ChatMax)!;
        author = ComplaintInput.Text(author, "author", ComplaintInput.ActorMax)!;
        state.State.Lines.Add(new ChatLine(time.GetUtcNow(), side, author, text));
        if (state.State.Lines.Count > LinesMax)
        {
            state.State.Lines.RemoveAt(0);
        }

        await ChangedAsync("message");
        if (side != ChatSide.Reporter && state.State.Gateway is { } gateway)
        {
            // Durable before the answer: the outbox delivers it to the gateway, retrying, and parks what keeps failing.
            // Nobody needs the outcome back yet (no handler of kind "chat"): the outbox parks what keeps failing.
            var session = this.GetPrimaryKeyString();
            var key = $"chat/{session}/{state.State.Lines.Count}/{state.State.Lines[^1].At.ToUnixTimeMilliseconds()}";
            await outbox.EnqueueAsync([new OutboxMessage("social", state.State.Account!,
                JsonSerializer.Serialize(new { gateway, network = state.State.Network, account = state.State.Account, text, session }),
                key, new OutboxCorrelation("chat", session, key))]);
        }

        return View(true);
    }

    public async Task<ChatView> ReceiveAsync(string gateway, string account, string network, string messageId, string text)
    {
        messageId = ComplaintInput.Text(messageId, "messageId", 200)!;
        account = ComplaintInput.Text(account, "account", 200)!;
        network = ComplaintInput.Text(network, "network", 40)!;
        text = ComplaintInput.Text(text, "text", ComplaintInput.ChatMax)!;
        if (state.State.SeenMessageIds.Contains(messageId))
        {
            return View(true);
        }

        if (state.State.StartedAt is null)
        {
            state.State.StartedAt = time.GetUtcNow();
            state.State.Gateway = gateway;
            state.State.Account = account;
            state.State.Network = network;
            state.State.SourceSite = $"{network}:{account}@{gateway}";
        }

        state.State.SeenMessageIds.Add(messageId);
        if (state.State.SeenMessageIds.Count > 200)
        {
            state.State.SeenMessageIds.RemoveAt(0);
        }

        return await SayAsync(ChatSide.Reporter, "pelapor", text);
    }

    public async Task<ChatView> AttachAsync(ComplaintAttachment attachment, int max)
    {
        ArgumentNullException.ThrowIfNull(attachment);
        if (state.State.StartedAt is null)
        {
            throw new KeyNotFoundException("No such chat.");
        }

        if (state.State.Attachments.Any(a => a.Id == attachment.Id))
        {
            return View(true);
        }

        if (state.State.Attachments.Count >= max)
        {
            throw new InvalidOperationException($"A chat takes at most {max} attachments.");
        }

        var file = attachment with { FileName = AttachmentRules.SafeFileName(attachment.FileName, attachment.ContentType) };
        state.State.Attachments.Add(file);
        state.State.Lines.Add(new ChatLine(time.GetUtcNow(), attachment.Side, attachment.Actor, $"[lampiran] {file.FileName}"));
        await ChangedAsync("attached");
        return View(true);
    }

    public async Task<ChatView> LinkAsync(string complaintId, string actor)
    {
        if (!TrackingIds.IsValid(complaintId))
        {
            throw new ArgumentException("A tracking id.", "complaint");
        }

        if (state.State.ComplaintId != complaintId)
        {
            state.State.ComplaintId = complaintId;
            state.State.Lines.Add(new ChatLine(time.GetUtcNow(), ChatSide.Operator, actor, $"Laporan Anda tercatat dengan nomor {complaintId}."));
            await ChangedAsync("linked");
        }

        return View(true);
    }

    private async Task ChangedAsync(string kind)
    {
        await state.WriteStateAsync();
        var view = View(false);
        await GrainFactory.GetGrain<IChatInboxGrain>(CityKeys.City).UpsertAsync(view.Summary);
        try
        {
            await AmbonCC.Live.LiveStreams.For(this, LiveStreamIds.Complaints)
                .OnNextAsync(new ChatChange(this.GetPrimaryKeyString(), kind, time.GetUtcNow()));
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Chat live event {Kind} failed", kind);
        }
    }

    private ChatView View(bool withIdentity)
    {
        var s = state.State;
        var last = s.Lines.Count > 0 ? s.Lines[^1] : null;
        // A social-media handle is personal data: without identity only the gateway part is shown.
        var site = withIdentity || s.SourceSite?.Contains('@', StringComparison.Ordinal) != true ? s.SourceSite : s.SourceSite[(s.SourceSite.LastIndexOf('@') + 1)..];
        var summary = new ChatSummary(this.GetPrimaryKeyString(), site, s.StartedAt!.Value, last?.At ?? s.StartedAt.Value,
            last is null ? "" : last.Text.Length <= 80 ? last.Text : last.Text[..79] + "…", s.Lines.Count, s.ComplaintId,
            last?.Side == ChatSide.Reporter, s.Gateway is not null);
        return new ChatView(summary, [.. withIdentity ? s.Lines : s.Lines.Select(l => l.Side == ChatSide.Reporter ? l with { Author = ComplaintViews.ReporterLabel } : l)],
            withIdentity ? s.ReporterName : null, withIdentity ? s.ReporterContact : null, [.. s.Attachments]);
    }
}

[GenerateSerializer, Alias("ambon.complaints.ChatInboxState")]
internal sealed class ChatInboxState
{
    [Id(0)] public Dictionary<string, ChatSummary> Chats { get; set; } = new(StringComparer.Ordinal);
}

/// <summary>The chats of the last days; older ones leave the inbox (they stay in their own grain).</summary>
internal sealed class ChatInboxGrain(
    [PersistentState("chatInbox", ProviderNames.GrainStorage)] IPersistentState<ChatInboxState> state,
    ComplaintClock time) : Grain, IChatInboxGrain
{
    private static readonly TimeSpan Kept = TimeSpan.FromDays(3);

    public async Task UpsertAsync(ChatSummary summary)
    {
        var chats = state.State.Chats;
        if (chats.TryGetValue(summary.SessionId, out var known) && known.LastAt > summary.LastAt)
        {
            return;
        }

        chats[summary.SessionId] = summary;
        var cutoff = time.GetUtcNow() - Kept;
        foreach (var old in chats.Values.Where(c => c.LastAt < cutoff).Select(c => c.SessionId).ToList())
        {
            chats.Remove(old);
        }

        await state.WriteStateAsync();
    }

    public Task<ImmutableArray<ChatSummary>> RecentAsync(int count) =>
        Task.FromResult<ImmutableArray<ChatSummary>>([.. state.State.Chats.Values.OrderByDescending(c => c.LastAt).Take(Math.Clamp(count, 1, 500))]);
}
