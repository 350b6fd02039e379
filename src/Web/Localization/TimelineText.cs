using System.Globalization;
using AmbonCC.City;
using AmbonCC.Complaints.Rules;
using AmbonCC.Incidents;
using AmbonCC.Platform;
using AmbonCC.RiverGauges;
using AmbonCC.Warnings;
using AmbonCC.Web.Resources;
using Microsoft.Extensions.Localization;

namespace AmbonCC.Web.Localization;

/// <summary>
/// Says stored timeline entries, alarm summaries and actors in the reader's language (the current UI culture).
/// Entries written before codes existed have only their text, which is shown as it was written.
/// </summary>
public sealed class TimelineText(
    IStringLocalizer<SharedText> shared,
    IStringLocalizer<IncidentsText> incidents,
    IStringLocalizer<WarningsText> warnings,
    CityClock clock,
    KelurahanNames kelurahan)
{
    public string Incident(TimelineEntry entry) =>
        entry.Code is { Length: > 0 } code ? Render(code, entry.Args ?? []) ?? entry.Text : entry.Text;

    public string Warning(WarningTimelineEntry entry) =>
        entry.Code is { Length: > 0 } code ? Render(code, entry.Args ?? []) ?? entry.Text : entry.Text;

    /// <summary>An incident's title in the reader's language; a title stored as text before codes existed reads as written.</summary>
    public string Title(string? code, IReadOnlyList<string>? args, string fallback) =>
        code is { Length: > 0 } ? RenderTitle(code, args ?? []) ?? fallback : fallback;

    public string Title(IncidentSummary s) => Title(s.TitleCode, s.TitleArgs, s.Title);

    public string Title(IncidentView v) => Title(v.TitleCode, v.TitleArgs, v.Title);

    /// <summary>An SOP step's text; a configured step without a text shows its code.</summary>
    public string Step(string step)
    {
        var text = incidents["Sop_" + step];
        return text.ResourceNotFound ? step : text.Value;
    }

    private string? RenderTitle(string code, IReadOnlyList<string> a)
    {
        string Arg(int i) => i < a.Count ? a[i] : "";
        return code switch
        {
            IncidentTitles.FloodRiver => incidents["TitleFloodRiver", Arg(0)],
            IncidentTitles.SensorSilent => incidents["TitleSensorSilent", Arg(0)],
            IncidentTitles.CameraFault => incidents["TitleCameraFault", Arg(0)],
            IncidentTitles.CameraEvent => incidents["TitleCameraEvent", AlarmType(Arg(0)), Arg(1)],
            IncidentTitles.TaxTerminal => incidents["TitleTaxTerminal", Arg(0)],
            IncidentTitles.ComplaintOverdue => incidents["TitleComplaintOverdue", Arg(0).Length == 0 ? "Command Center" : Arg(0)],
            IncidentTitles.FloodArea => incidents["TitleFloodArea", Arg(0)],
            IncidentTitles.CitizenReport => incidents["TitleCitizenReport", Category(Arg(0)), kelurahan.Of(Arg(1))],
            _ => (string?)null,
        };
    }

    private string Tier(string tier) =>
        Enum.TryParse<EscalationTier>(tier, out var t) && Enum.IsDefined(t) ? incidents[UiLabels.Tier(t)] : tier;

    public string AlarmSummary(AlarmView alarm) =>
        alarm.SummaryCode is { Length: > 0 } code ? Summary(code, alarm.SummaryArgs ?? []) ?? alarm.Summary : alarm.Summary;

    /// <summary>"system" (or the old "sistem") in the reader's language; an alarm source as what it is; people as they are.</summary>
    public string Actor(string actor) => actor switch
    {
        TimelineCodes.SystemActor or "sistem" => shared["SystemActor"],
        _ => Subject(actor),
    };

    /// <summary>An alarm source such as <c>gauge:PDA-1</c> as "River gauge PDA-1".</summary>
    public string Subject(string subject) => SubjectKeys.Parse(subject) switch
    {
        (SubjectKeys.GaugeKind, var id) => $"{incidents["LinkGauge"]} {id}",
        (SubjectKeys.CameraKind, var id) => $"{incidents["LinkCamera"]} {id}",
        (SubjectKeys.WarningKind, var id) => $"{incidents["LinkWarning"]} {id}",
        _ => subject,
    };

    public string AlarmType(string type) => type switch
    {
        AlarmTexts.LevelType => incidents["AlarmTypeLevel"],
        AlarmTexts.RiseType => incidents["AlarmTypeRise"],
        AlarmTexts.StaleType => incidents["AlarmTypeStale"],
        AlarmTexts.PublishFailedType => incidents["AlarmTypePublishFailed"],
        _ => Labelled("AlarmType_" + type) ?? type,
    };

    /// <summary>A complaint category in the reader's language; an unknown code as it is.</summary>
    public static string Category(string code) => ComplaintCategories.Find(code) is { } c
        ? CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? c.EnglishName : c.Name
        : code;

    private string? Labelled(string key)
    {
        var text = incidents[key];
        return text.ResourceNotFound ? null : text.Value;
    }

    public string ClearReason(string? reason) => reason switch
    {
        AlarmTexts.ClearedSensorBack => incidents["ClearedSensorBack"],
        AlarmTexts.ClearedRiseSlowed => incidents["ClearedRiseSlowed"],
        AlarmTexts.ClearedBackToNormal => incidents["ClearedBackToNormal"],
        AlarmTexts.ClearedCameraBack => incidents["ClearedCameraBack"],
        AlarmTexts.ClearedEventEnded => incidents["ClearedEventEnded"],
        AlarmTexts.ClearedTerminalBack => incidents["ClearedTerminalBack"],
        AlarmTexts.ClearedComplaintSettled => incidents["ClearedComplaintSettled"],
        AlarmTexts.ClearedDeadlineSettled => incidents["ClearedDeadlineSettled"],
        _ => reason ?? "",
    };

    /// <summary>"Siaga 2 (Siaga)" / "Siaga 2 (warning)"; the stored text of a level this version does not know.</summary>
    public string Level(string level) => Enum.TryParse<SiagaLevel>(level, out var parsed) && Enum.IsDefined(parsed) ? Level(parsed) : level;

    public string Level(SiagaLevel level) => shared[level switch
    {
        SiagaLevel.Siaga4 => "Level4",
        SiagaLevel.Siaga3 => "Level3",
        SiagaLevel.Siaga2 => "Level2",
        SiagaLevel.Siaga1 => "Level1",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "No text for this level."),
    }];

    private string Severity(string severity) =>
        Enum.TryParse<AlarmSeverity>(severity, out var s) && Enum.IsDefined(s) ? incidents[UiLabels.Severity(s)] : severity;

    private string LinkKind(string kind) =>
        Enum.TryParse<IncidentLinkKind>(kind, out var k) && Enum.IsDefined(k) ? incidents[UiLabels.LinkKind(k)] : kind;

    private string? Render(string code, IReadOnlyList<string> a)
    {
        string Arg(int i) => i < a.Count ? a[i] : "";
        string Tail(int from) => from < a.Count ? Summary(a[from], [.. a.Skip(from + 1)]) ?? string.Join(" ", a.Skip(from + 1)) : "";
        string Suffix(string text) => text.Length == 0 ? "" : ": " + text;
        var normal = Arg(1) == nameof(SiagaLevel.Siaga4);
        return code switch
        {
            TimelineCodes.Opened => incidents["TimelineOpened", Title(Arg(1), [.. a.Skip(2)], Arg(0))],
            TimelineCodes.Acknowledged => incidents["TimelineAcknowledged", Suffix(Arg(0))],
            TimelineCodes.Assigned => Arg(0).Length == 0 ? incidents["TimelineUnassigned"] : incidents["TimelineAssigned", Arg(0)],
            TimelineCodes.Comment => incidents["TimelineComment", Arg(0)],
            TimelineCodes.Escalated => incidents["TimelineEscalated", Tier(Arg(0)), Arg(1), Suffix(Arg(2))],
            TimelineCodes.Reminder => incidents["TimelineReminder", Arg(0), Arg(1)],
            TimelineCodes.ChecklistTicked => Arg(1) == "1" ? incidents["TimelineChecklistDone", Step(Arg(0))] : incidents["TimelineChecklistUndone", Step(Arg(0))],
            TimelineCodes.SplitOut => incidents["TimelineSplitOut", AlarmType(Arg(0)), Subject(Arg(1)), Arg(2)],
            TimelineCodes.SplitIn => incidents["TimelineSplitIn", AlarmType(Arg(0)), Subject(Arg(1))],
            TimelineCodes.MergedFrom => incidents["TimelineMergedFrom", Arg(0), Arg(1)],
            TimelineCodes.MergedInto => incidents["TimelineMergedInto", Arg(0)],
            TimelineCodes.Correlated => incidents["TimelineCorrelated", Arg(0), Arg(1)],
            TimelineCodes.CamerasLinked => incidents["TimelineCamerasLinked", Arg(0)],
            TimelineCodes.Linked => incidents["TimelineLinked", LinkKind(Arg(0)), Arg(1)],
            TimelineCodes.Closed => incidents["TimelineClosed", Arg(0)],
            TimelineCodes.AlarmRaised => incidents["TimelineAlarmRaised", AlarmType(Arg(0)), Severity(Arg(1)), Subject(Arg(2)), Tail(3)],
            TimelineCodes.AlarmSeverityChanged => incidents["TimelineAlarmSeverity", AlarmType(Arg(0)), Subject(Arg(1)), Severity(Arg(2)), Severity(Arg(3)), Tail(4)],
            TimelineCodes.AlarmCleared => incidents["TimelineAlarmCleared", AlarmType(Arg(0)), Subject(Arg(1))] + Suffix(ClearReason(Arg(2))),
            TimelineCodes.AlarmAcknowledged => incidents["TimelineAlarmAcknowledged", AlarmType(Arg(0)), Subject(Arg(1))] + Suffix(Arg(2)),
            TimelineCodes.WarningMessage => incidents["TimelineWarningMessage", Arg(0), Arg(1), Arg(2), Level(Arg(3))],
            WarningNotes.OpenedAutomatically => normal ? warnings["NoteOpenedAutoRise", Arg(0)] : warnings["NoteOpenedAuto", Arg(0), Level(Arg(1))],
            WarningNotes.DraftAwaitsApproval => normal ? warnings["NoteDraftRise", Arg(0)] : warnings["NoteDraft", Arg(0), Level(Arg(1))],
            WarningNotes.DraftWithdrawn => warnings["NoteDraftWithdrawn"],
            WarningNotes.CancelProposed => warnings["NoteCancelProposed"],
            WarningNotes.UpdateProposed => warnings["NoteUpdateProposed", Level(Arg(0))],
            WarningNotes.ProposalRejected => warnings["NoteRejected", Arg(0), Arg(1)],
            WarningNotes.CancelledBySupervisor => warnings["NoteCancelled", Arg(0)],
            WarningNotes.Escalated => Arg(2).Length == 0 ? warnings["NoteEscalatedNowhere", Arg(0), Arg(1)] : warnings["NoteEscalated", Arg(0), Arg(1), Arg(2)],
            WarningNotes.Published => warnings["NotePublished", Arg(0), Arg(1), Level(Arg(2)), Arg(3)],
            WarningNotes.MessagesQueued => warnings["NoteQueued", Arg(0)],
            WarningNotes.Acknowledged => warnings["NoteAcknowledged", Arg(0)],
            _ => null,
        };
    }

    /// <summary>An alarm summary from its code; the empty code carries an old alarm's finished text.</summary>
    private string? Summary(string code, IReadOnlyList<string> a)
    {
        string Arg(int i) => i < a.Count ? a[i] : "";
        return code switch
        {
            "" => Arg(0),
            AlarmTexts.GaugeLevel => incidents["SummaryGaugeLevel", Arg(0), Level(Arg(1)), Arg(2)],
            AlarmTexts.GaugeRise => incidents["SummaryGaugeRise", Arg(0), Arg(1), Arg(2)],
            AlarmTexts.GaugeStale => incidents["SummaryGaugeStale", Arg(0), Time(Arg(1))],
            AlarmTexts.WarningPublishFailed => incidents["SummaryWarningPublishFailed", Arg(0), Arg(1)],
            AlarmTexts.CameraCondition => incidents["SummaryCameraCondition", Arg(0), AlarmType(Arg(1))],
            AlarmTexts.CameraEvent => incidents["SummaryCameraEvent", Arg(0), AlarmType(Arg(1)), Arg(2)],
            AlarmTexts.TaxFinding => TaxSummary(a),
            AlarmTexts.ComplaintReport => incidents["SummaryComplaintReport", Arg(0), Category(Arg(1))],
            AlarmTexts.ComplaintOverdue => Arg(1) == "FollowUp"
                ? incidents["SummaryComplaintOverdueFollowUp", Arg(0), Arg(2).Length == 0 ? "OPD" : Arg(2)]
                : incidents["SummaryComplaintOverdueVerification", Arg(0)],
            _ => null,
        };
    }

    private string TaxSummary(IReadOnlyList<string> a)
    {
        string Arg(int i) => i < a.Count ? a[i] : "";
        return Arg(1) switch
        {
            "DeviceOff" => incidents["SummaryTaxDeviceOff", Arg(0), Time(Arg(2))],
            "StillRedAfter3Days" => incidents["SummaryTaxStillRed", Arg(0), Time(Arg(2)), Arg(3)],
            "ReceiptReset" => incidents["SummaryTaxReceiptReset", Arg(0), Arg(2), Arg(3)],
            "ChangedReceipt" => incidents["SummaryTaxChangedReceipt", Arg(0), Arg(2)],
            _ => incidents["SummaryTaxFinding", Arg(0), Arg(1)],
        };
    }

    private string Time(string roundTrip) =>
        DateTimeOffset.TryParse(roundTrip, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at)
            ? clock.ToCityTime(at).ToString("dd/MM HH:mm", CultureInfo.InvariantCulture) + " " + clock.Label
            : shared["Never"];
}
