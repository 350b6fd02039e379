using System.Globalization;

namespace AmbonCC.Cameras;

/// <summary>
/// What a custody step puts on each camera's timeline: a code (<c>evidence-*</c>) with its arguments, first always
/// the evidence id, and an Indonesian line for API readers. Approval is two lines: the decision and the hold.
/// </summary>
internal static class EvidenceTimeline
{
    public static IReadOnlyList<CameraTimelineEntry> For(EvidenceView v, CustodyEntry step)
    {
        var r = v.Request;
        string Iso(DateTimeOffset at) => at.ToString("O", CultureInfo.InvariantCulture);
        CameraTimelineEntry Line(string kind, string text, params string[] args) => new(step.At, kind, text, [v.Id, .. args]);
        return step.Action switch
        {
            "requested" => [Line("evidence-requested", $"Permintaan rekaman {v.Id} dari {r.Institution} (surat {r.LetterNumber})",
                r.Institution, r.LetterNumber, Iso(r.From), Iso(r.To))],
            "approved-legal-hold" =>
            [
                Line("evidence-approved", $"Permintaan {v.Id} disetujui oleh {step.Actor}", step.Actor),
                Line("evidence-hold", $"Legal hold {v.Id}: rekaman {Iso(r.From)}–{Iso(r.To)} disimpan melewati masa retensi", Iso(r.From), Iso(r.To)),
            ],
            "refused" => [Line("evidence-refused", $"Permintaan {v.Id} ditolak oleh {step.Actor}: {v.DecisionReason}", step.Actor, v.DecisionReason ?? "")],
            "exported" => [Line("evidence-exported", $"Rekaman {v.Id} diekspor: {v.Export?.FileName} (sha256 {v.Export?.Sha256})",
                v.Export?.FileName ?? "", v.Export?.Sha256 ?? "")],
            "handed-over" => [Line("evidence-handed-over", $"Rekaman {v.Id} diserahkan oleh {step.Actor} kepada {v.HandedOverTo}",
                v.HandedOverTo ?? "", step.Actor)],
            "hold-released" => [Line("evidence-released", $"Legal hold {v.Id} dilepas oleh {step.Actor}: {step.Details}", step.Actor, step.Details)],
            _ => [],
        };
    }
}
