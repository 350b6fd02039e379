using AmbonCC.Platform;

namespace AmbonCC.Incidents;

/// <summary>What people do to an incident: every action is a coded timeline line with its actor.</summary>
internal sealed partial class IncidentGrain
{
    public async Task<IncidentView> AcknowledgeAsync(string user, string? note)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(user);
        TextLimits.Require(note, TextLimits.Note, nameof(note));
        RequireOpen();
        var before = Handling;
        var now = time.GetUtcNow();
        state.State.Handling = EscalationRules.Acknowledged(before, user, now);
        if (state.State.Handling != before)
        {
            state.State.Append(TimelineEntry.Coded(now, "acknowledged", user, TimelineCodes.Acknowledged, note?.Trim() ?? ""), null);
            await SaveAsync("acknowledged");
        }

        return View();
    }

    public async Task<IncidentView> AssignAsync(string actor, string? assignee)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        assignee = string.IsNullOrWhiteSpace(assignee) ? null : assignee.Trim();
        TextLimits.Require(assignee, TextLimits.Name, nameof(assignee));
        RequireOpen();
        if (Handling.Assignee == assignee)
        {
            return View();
        }

        var now = time.GetUtcNow();
        state.State.Handling = Handling with { Assignee = assignee };
        state.State.Append(TimelineEntry.Coded(now, "assigned", actor, TimelineCodes.Assigned, assignee ?? ""), null);
        await SaveAsync("assigned");
        return View();
    }

    public async Task<IncidentView> CommentAsync(string user, string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(user);
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new ArgumentException("A comment needs text.", nameof(text));
        }

        TextLimits.Require(text, TextLimits.Note, nameof(text));
        EnsureOpened();
        state.State.Append(TimelineEntry.Coded(time.GetUtcNow(), "note", user, TimelineCodes.Comment, text.Trim()), null);
        await SaveAsync("comment");
        return View();
    }

    public async Task<IncidentView> EscalateAsync(string user, string? reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(user);
        TextLimits.Require(reason, TextLimits.Reason, nameof(reason));
        RequireOpen();
        if (Handling.Tier == EscalationTier.Supervisor)
        {
            return View();
        }

        var now = time.GetUtcNow();
        state.State.Handling = EscalationRules.Apply(Handling, EscalationStep.Escalate, now);
        state.State.Append(TimelineEntry.Coded(now, "escalated", user, TimelineCodes.Escalated,
            nameof(EscalationTier.Supervisor), Minutes(now - Handling.UnacknowledgedSince), reason?.Trim() ?? ""), null);
        await SaveAsync("escalated");
        return View();
    }

    public async Task<IncidentView> TickAsync(string user, string step, bool done)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(user);
        RequireOpen();
        var list = state.State.Checklist;
        var index = list.FindIndex(i => i.Id == step);
        if (index < 0)
        {
            throw new ArgumentException($"No checklist step '{step}' on this incident.", nameof(step));
        }

        if (list[index].Done == done)
        {
            return View();
        }

        var now = time.GetUtcNow();
        list[index] = new ChecklistItem(step, done, user, now);
        state.State.Append(TimelineEntry.Coded(now, "checklist", user, TimelineCodes.ChecklistTicked, step, done ? "1" : "0"), null);
        await SaveAsync("checklist");
        return View();
    }

    public async Task<IncidentView> CloseAsync(string user, string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(user);
        EnsureOpened();
        var s = state.State;
        if (s.Status == IncidentStatus.Closed)
        {
            await ReportToQueueAsync();
            return View();
        }

        reason = reason?.Trim() ?? "";
        if (reason.Length is 0 or > IncidentRules.MaxReasonLength)
        {
            throw new ArgumentException($"Reason: 1–{IncidentRules.MaxReasonLength} characters.", nameof(reason));
        }

        if (!View().CanClose)
        {
            throw new InvalidOperationException("Every alarm of the incident must be cleared and acknowledged first.");
        }

        var now = time.GetUtcNow();
        (s.Status, s.ClosedAt, s.ClosedBy, s.CloseReason) = (IncidentStatus.Closed, now, user, reason);
        s.Append(TimelineEntry.Coded(now, "closed", user, TimelineCodes.Closed, reason), "closed");
        await SaveAsync("closed");
        return View();
    }

    private void RequireOpen()
    {
        EnsureOpened();
        if (state.State.Status != IncidentStatus.Open)
        {
            throw new InvalidOperationException($"Incident {Id} is closed.");
        }
    }

    private static string Minutes(TimeSpan span) =>
        Math.Max(0, (int)span.TotalMinutes).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
