using AmbonCC.Complaints.Rules;

namespace AmbonCC.Complaints;

internal sealed partial class ComplaintGrain
{
    public Task<System.Collections.Immutable.ImmutableArray<ComplaintAttachment>> AttachmentsAsync() =>
        Task.FromResult<System.Collections.Immutable.ImmutableArray<ComplaintAttachment>>([.. S.Attachments]);

    public async Task<ComplaintView> AttachAsync(ComplaintAttachment attachment)
    {
        ArgumentNullException.ThrowIfNull(attachment);
        RequireExists();
        if (!AttachmentRules.IsFileId(attachment.Id) || !AttachmentRules.Allowed.Contains(attachment.ContentType))
        {
            throw new ArgumentException("An attachment stored through the attachments endpoint.", "file");
        }

        if (S.Attachments.Any(a => a.Id == attachment.Id))
        {
            return View(ComplaintViews.DeskReader(attachment.Actor));
        }

        var max = options.Value.MaxAttachmentsPerComplaint;
        if (S.Attachments.Count >= max)
        {
            throw new InvalidOperationException($"A complaint takes at most {max} attachments.");
        }

        var actor = ComplaintInput.Text(attachment.Actor, "actor", ComplaintInput.ActorMax)!;
        S.Attachments.Add(attachment with { Actor = actor, FileName = AttachmentRules.SafeFileName(attachment.FileName, attachment.ContentType) });
        Record(time.GetUtcNow(), actor, "attached", S.Status, S.Status, $"{S.Attachments[^1].FileName} ({attachment.SizeBytes} B)");
        await CommitAsync("attached");
        return View(ComplaintViews.DeskReader(actor));
    }
}
