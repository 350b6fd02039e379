using System.Security.Cryptography;
using AmbonCC.Complaints.Rules;

namespace AmbonCC.Complaints;

internal sealed partial class ComplaintGrain
{
    public async Task<ComplaintView> ImportAsync(ComplaintImport import)
    {
        ArgumentNullException.ThrowIfNull(import);
        ComplaintInput.Validate(import.Submission);
        var actor = ComplaintInput.Text(import.Actor, "actor", ComplaintInput.ActorMax)!;
        if (S.Submission is not null)
        {
            return View(ComplaintViews.DeskReader(actor));
        }

        if (import.StatusSince < import.ReceivedAt || import.ReceivedAt > time.GetUtcNow())
        {
            throw new ArgumentException("Received before the status began, and not in the future.", "receivedAt");
        }

        S.Submission = import.Submission;
        S.Category = ComplaintCategories.Find(import.Submission.Category)!.Code;
        S.Status = import.Status;
        S.OpdCode = import.OpdCode;
        S.ReceivedAt = import.ReceivedAt;
        S.PublicToken = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        Record(import.ReceivedAt, actor, "received", ComplaintStatus.Received, ComplaintStatus.Received, import.Submission.Channel.ToString());
        if (import.Status != ComplaintStatus.Received)
        {
            Record(import.StatusSince, actor, "imported", ComplaintStatus.Received, import.Status, import.Note);
        }

        var clock = deadlines.For(import.Status, import.Status == ComplaintStatus.Postponed ? import.ReceivedAt : import.StatusSince);
        S.DeadlineKind = clock?.Kind;
        S.DeadlineAt = clock?.DueAt;
        clockMoved = true;
        await GrainFactory.GetGrain<IComplaintTokenGrain>(S.PublicToken).BindAsync(Id);
        await CommitAsync("imported");
        return View(ComplaintViews.DeskReader(actor));
    }
}
