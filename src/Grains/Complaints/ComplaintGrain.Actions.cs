using System.Text.RegularExpressions;
using AmbonCC.Complaints.Rules;

namespace AmbonCC.Complaints;

internal sealed partial class ComplaintGrain
{
    public async Task<ComplaintView> ActAsync(ComplaintCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        RequireExists();
        var actor = ComplaintInput.Text(command.Actor, "actor", ComplaintInput.ActorMax)!;
        var note = ComplaintInput.Text(command.Note, "note", ComplaintInput.NoteMax, required: NeedsNote(command.Action));
        var to = ComplaintLifecycle.To(command.Action);
        if (IsRetry(command, actor, note, to))
        {
            return View(ComplaintViews.DeskReader(actor));
        }

        var from = S.Status;
        ComplaintLifecycle.Next(from, command.Action);
        var now = time.GetUtcNow();
        var detail = Apply(command, note);
        S.Status = to;
        Record(now, actor, Name(command.Action), from, to, detail);
        StartClock(to, now);
        await CommitAsync(Name(command.Action));
        return View(ComplaintViews.DeskReader(actor));
    }

    /// <summary>Changes the fields an action carries; returns the note for the history.</summary>
    private string? Apply(ComplaintCommand command, string? note)
    {
        switch (command.Action)
        {
            case ComplaintAction.Verify when command.Category is { } category:
                S.Category = ComplaintCategories.Find(category)?.Code
                    ?? throw new ArgumentException("Unknown category.", "category");
                return note is null ? $"kategori {S.Category}" : $"{note} (kategori {S.Category})";
            case ComplaintAction.Dispatch:
                var opd = command.OpdCode?.Trim().ToUpperInvariant();
                if (opd is null || !OpdCode().IsMatch(opd))
                {
                    throw new ArgumentException("An OPD code, e.g. DLHP or PUPR.", "opd");
                }

                S.OpdCode = opd;
                S.FollowUp = null;
                return note is null ? $"→ {opd}" : $"→ {opd}: {note}";
            case ComplaintAction.FollowUp:
                if (command.OpdCode is { } by && !string.Equals(by, S.OpdCode, StringComparison.OrdinalIgnoreCase))
                {
                    throw new InvalidOperationException($"Dispatched to {S.OpdCode}, not {by}.");
                }

                S.FollowUp = note;
                return note;
            case ComplaintAction.Respond:
                S.Response = note;
                return note;
            case ComplaintAction.Confirm:
                S.ReporterSatisfied = command.Satisfied ?? throw new ArgumentException("Say whether the reporter is satisfied.", "satisfied");
                return note is null ? (S.ReporterSatisfied.Value ? "puas" : "tidak puas") : note;
            case ComplaintAction.MergeInto:
                if (!TrackingIds.IsValid(command.OtherId) || command.OtherId == Id)
                {
                    throw new ArgumentException("The tracking id of another complaint.", "into");
                }

                S.MergedInto = command.OtherId;
                return note is null ? $"→ {command.OtherId}" : $"→ {command.OtherId}: {note}";
            case ComplaintAction.Reopen:
                S.ReporterSatisfied = null;
                return note;
            default:
                return note;
        }
    }

    /// <summary>A repeat of the step just taken (same action, actor and note) answers as the first did.</summary>
    private bool IsRetry(ComplaintCommand command, string actor, string? note, ComplaintStatus to) =>
        S.Status == to && S.History.Count > 0 && S.History[^1] is { } last
        && last.Action == Name(command.Action) && last.Actor == actor
        && (note is null || last.Note?.Contains(note, StringComparison.Ordinal) == true)
        && (command.Action != ComplaintAction.Dispatch || string.Equals(S.OpdCode, command.OpdCode, StringComparison.OrdinalIgnoreCase));

    private static bool NeedsNote(ComplaintAction action) => action is
        ComplaintAction.FollowUp or ComplaintAction.Respond or ComplaintAction.NotOurAuthority
        or ComplaintAction.Archive or ComplaintAction.Postpone or ComplaintAction.Reopen;

    internal static string Name(ComplaintAction action) => action switch
    {
        ComplaintAction.NotOurAuthority => "not_our_authority",
        ComplaintAction.FollowUp => "follow_up",
        ComplaintAction.AutoClose => "auto_close",
        ComplaintAction.MergeInto => "merged_into",
        _ => action.ToString().ToLowerInvariant(),
    };

    [GeneratedRegex("^[A-Z0-9][A-Z0-9-]{1,39}$")]
    private static partial Regex OpdCode();
}
