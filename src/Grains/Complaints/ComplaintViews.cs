using AmbonCC.Complaints.Rules;

namespace AmbonCC.Complaints;

/// <summary>Builds what a reader may see of a complaint, and the index's summary (never personal data).</summary>
internal static class ComplaintViews
{
    public const string ReporterLabel = "Pelapor";

    public static ComplaintReader DeskReader(string actor) => new(actor, ReaderKind.Desk);

    public static bool MaySeeIdentity(ComplaintReader reader, ComplaintSubmission s) => reader.Kind switch
    {
        ReaderKind.Desk => true,
        ReaderKind.Opd => !s.Anonymous && !s.Confidential,
        _ => false,
    };

    public static ComplaintView Build(string id, ComplaintState s, ComplaintReader reader, DateTimeOffset now)
    {
        var submission = s.Submission!;
        var identity = MaySeeIdentity(reader, submission);
        var reporterName = submission.Reporter?.Name;
        return new ComplaintView(
            id, s.Status, submission.Channel, s.Category, submission.Description, submission.Location,
            identity ? submission.Reporter : null,
            submission.Anonymous, submission.Confidential, s.OpdCode, s.FollowUp, s.Response, s.ReporterSatisfied,
            Deadline(s, now), s.ReceivedAt, s.UpdatedAt,
            [.. s.History.Select(h => identity || reporterName is null || h.Actor != reporterName ? h : h with { Actor = ReporterLabel })],
            [.. s.Conversation.Select(c => identity || c.Side != ChatSide.Reporter ? c : c with { Author = ReporterLabel })],
            identity ? submission.SourceSite : Site(submission.SourceSite),
            s.MergedInto, [.. s.MergedFrom],
            reader.Kind == ReaderKind.Desk ? s.PublicToken : "",
            reader.Kind == ReaderKind.Public ? [] : [.. s.Attachments],
            reader.Kind == ReaderKind.Public ? [] : [.. s.IncidentIds]);
    }

    public static ComplaintDeadline? Deadline(ComplaintState s, DateTimeOffset now) =>
        s.DeadlineKind is { } kind && s.DeadlineAt is { } due ? new ComplaintDeadline(kind, due, ComplaintDeadlines.IsOverdue(kind, due, now)) : null;

    public static ComplaintSummary Summary(string id, ComplaintState s)
    {
        var d = s.Submission!;
        var title = d.Description.Length <= 80 ? d.Description : d.Description[..79] + "…";
        return new ComplaintSummary(id, s.Status, d.Channel, s.Category, title, d.Location.Latitude, d.Location.Longitude,
            d.Location.KelurahanCode, s.OpdCode, s.ReceivedAt, s.UpdatedAt,
            s.DeadlineKind is { } k && s.DeadlineAt is { } due ? new ComplaintDeadline(k, due, false) : null, d.Confidential, s.Version);
    }

    /// <summary>A social-media account name may identify the reporter: others see only the channel's host part.</summary>
    private static string? Site(string? site) => site is null ? null : site.Contains('@', StringComparison.Ordinal) ? site[(site.IndexOf('@') + 1)..] : site;
}
