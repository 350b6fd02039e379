using AmbonCC.Audit;
using System.Security.Cryptography;
using AmbonCC.Complaints.Rules;
using AmbonCC.Platform;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AmbonCC.Complaints;

/// <summary>
/// One SP4N-LAPOR complaint. Each change is stored first, then the city index is told (inline, so lists agree with
/// the answer), and the reactions that may be slow (overdue alarm, its clearing, the live event) run after the
/// acknowledgement on a timer of their own; the reminder retries them and runs the clock across restarts.
/// </summary>
internal sealed partial class ComplaintGrain(
    [PersistentState("complaint", ProviderNames.GrainStorage)] IPersistentState<ComplaintState> state,
    ComplaintDeadlines deadlines,
    IOptions<ComplaintOptions> options,
    ComplaintClock time,
    AmbonCC.City.CityClock city,
    AmbonCC.Platform.Outbox.IOutbox outbox,
    ILogger<ComplaintGrain> logger) : Grain, IComplaintGrain, IRemindable
{
    private const int HistoryMax = 500;
    private const int ConversationMax = 1000;
    private const int IdentityViewsMax = 200;

    private string Id => this.GetPrimaryKeyString();

    private ComplaintState S => state.State;

    public async Task<ComplaintView> SubmitAsync(ComplaintSubmission submission, string actor)
    {
        ArgumentNullException.ThrowIfNull(submission);
        ComplaintInput.Validate(submission);
        actor = ComplaintInput.Text(actor, "actor", ComplaintInput.ActorMax)!;
        if (S.Submission is not null)
        {
            return View(ComplaintViews.DeskReader(actor));
        }

        var now = time.GetUtcNow();
        S.Submission = submission with { Description = submission.Description.Trim() };
        S.Category = ComplaintCategories.Find(submission.Category)!.Code;
        S.Status = ComplaintStatus.Received;
        S.ReceivedAt = now;
        S.PublicToken = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        Record(now, actor, "received", ComplaintStatus.Received, ComplaintStatus.Received, $"{submission.Channel}{(submission.SourceSite is { } site ? " · " + site : "")}");
        StartClock(ComplaintStatus.Received, now);
        await GrainFactory.GetGrain<IComplaintTokenGrain>(S.PublicToken).BindAsync(Id);
        await CommitAsync("received");
        logger.LogInformation("Complaint {Id} received via {Channel} ({Category})", Id, submission.Channel, S.Category);
        return View(ComplaintViews.DeskReader(actor));
    }

    public async Task<ComplaintView?> GetAsync(ComplaintReader reader)
    {
        if (S.Submission is null)
        {
            return null;
        }

        var view = View(reader);
        if (view.Reporter is not null && reader.Kind != ReaderKind.Public)
        {
            // Every look at personal data is on record (bounded: the newest views are kept).
            S.IdentityViews.Add(new ComplaintHistoryEntry(time.GetUtcNow(), reader.Actor, "identity_viewed", S.Status, S.Status, null));
            if (S.IdentityViews.Count > IdentityViewsMax)
            {
                S.IdentityViews.RemoveRange(0, S.IdentityViews.Count - IdentityViewsMax);
            }

            await state.WriteStateAsync();
            await AuditViews.RecordAsync(GrainFactory, time.GetUtcNow(), reader.Actor, "complaint/" + Id, "identity_viewed");
        }

        return view;
    }

    public async Task<ComplaintView> ChatAsync(ChatSide side, string author, string text)
    {
        RequireExists();
        author = ComplaintInput.Text(author, "author", ComplaintInput.ActorMax)!;
        text = ComplaintInput.Text(text, "text", ComplaintInput.ChatMax)!;
        var now = time.GetUtcNow();
        S.Conversation.Add(new ChatLine(now, side, author, text));
        if (S.Conversation.Count > ConversationMax)
        {
            S.Conversation.RemoveAt(0);
        }

        await CommitAsync("chat");
        return View(ComplaintViews.DeskReader(author));
    }

    public async Task<ComplaintView> AbsorbAsync(ComplaintView merged, string actor)
    {
        RequireExists();
        ArgumentNullException.ThrowIfNull(merged);
        if (merged.Id == Id)
        {
            throw new ArgumentException("A complaint cannot be merged into itself.", "into");
        }

        if (S.MergedFrom.Contains(merged.Id))
        {
            return View(ComplaintViews.DeskReader(actor));
        }

        var now = time.GetUtcNow();
        S.MergedFrom.Add(merged.Id);
        // Both histories stay: the other's steps are kept here with the id they happened on.
        S.History.AddRange(merged.History.Select(h => h with { ComplaintId = h.ComplaintId ?? merged.Id }));
        S.History.Sort((a, b) => a.At.CompareTo(b.At));
        S.Conversation.AddRange(merged.Conversation);
        S.Conversation.Sort((a, b) => a.At.CompareTo(b.At));
        // The other's files come along (over the per-complaint limit too: merging must not lose evidence).
        S.Attachments.AddRange(merged.Attachments.IsDefault ? [] : merged.Attachments.Where(a => S.Attachments.All(b => b.Id != a.Id)));
        Record(now, actor, "merged_from", S.Status, S.Status, merged.Id);
        await CommitAsync("merged");
        return View(ComplaintViews.DeskReader(actor));
    }

    private void RequireExists()
    {
        if (S.Submission is null)
        {
            throw new KeyNotFoundException($"No complaint {Id}.");
        }
    }

    private void Record(DateTimeOffset at, string actor, string action, ComplaintStatus from, ComplaintStatus to, string? note)
    {
        S.History.Add(new ComplaintHistoryEntry(at, actor, action, from, to, note));
        if (S.History.Count > HistoryMax)
        {
            S.History.RemoveAt(1); // the first entry (receipt) stays
        }
    }

    private ComplaintView View(ComplaintReader reader) => ComplaintViews.Build(Id, S, reader, time.GetUtcNow());
}
