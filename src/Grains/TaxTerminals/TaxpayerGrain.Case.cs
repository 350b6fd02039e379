using System.Collections.Immutable;

namespace AmbonCC.TaxTerminals;

internal sealed partial class TaxpayerGrain
{
    private const string DeadlineReminder = "case-deadline";

    public async Task<CaseView> ActAsync(CaseStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        if (state.State.Profile is null)
        {
            throw new ArgumentException($"Unknown taxpayer '{Npwpd}'.", "npwpd");
        }

        if (string.IsNullOrWhiteSpace(step.Officer) || step.Note is null || step.Note.Length > 2000)
        {
            throw new ArgumentException("A note of at most 2000 characters.", "note");
        }

        if (Platform.XmlText.FirstInvalid(step.Note) is var bad and >= 0)
        {
            // The note goes into the audit trail and the exported letters: refuse what XML cannot carry.
            throw new ArgumentException($"The note has a character that cannot be stored at position {bad}.", "note");
        }

        var s = state.State;
        if (CaseLadder.Refusal(s.Stage, s.LastLetterStage, s.FieldChecked, step.Action) is { } refusal)
        {
            throw new InvalidOperationException(refusal);
        }

        var now = time.GetUtcNow();
        var stage = CaseLadder.StageAfter(step.Action);
        string? number = null;
        if (CaseLadder.IsLetter(step.Action))
        {
            // The request id makes a retried step (same officer, stage, case) get the same number.
            var sequence = await GrainFactory.GetGrain<ITaxLetterRegistryGrain>(clock.ToCityTime(now).Year.ToString(System.Globalization.CultureInfo.InvariantCulture))
                .NextAsync($"{Npwpd}:{s.OpenedAt?.UtcTicks}:{stage}");
            number = CaseLadder.LetterNumber(sequence, now, clock);
            var deadline = now + CaseLadder.DeadlineFor(stage);
            s.Letters.Add(new WarningLetter(number, stage, now, deadline, step.Officer, [.. s.Findings.TakeLast(5).Select(f => f.Summary)]));
            s.LastLetterStage = stage;
            s.Deadline = CaseLadder.DeadlineFor(stage) > TimeSpan.Zero ? deadline : null;
            s.Overdue = false;
        }

        if (step.Action == CaseAction.FieldCheck)
        {
            s.FieldChecked = true;
            if (step.OutletClosed)
            {
                s.ClosedConfirmedAt = now;
            }

            // A field check does not move the ladder back: the stage stays at the last letter, if any.
            stage = s.LastLetterStage == CaseStage.None ? CaseStage.FieldChecked : s.Stage;
        }

        if (step.Action == CaseAction.Comply)
        {
            // Compliance restores the outlet's standing: the open findings are settled with the case.
            s.Findings.Clear();
            s.Deadline = null;
            s.Overdue = false;
        }

        s.Stage = stage;
        s.Trail.Add(new CaseEntry(now, step.Officer, Describe(step), stage, number));
        await state.WriteStateAsync();
        await SyncDeadlineReminderAsync();
        await TryAnnounceAsync("case", now);
        return CaseView();
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName != DeadlineReminder)
        {
            return;
        }

        var now = time.GetUtcNow();
        var s = state.State;
        if (s.Deadline is { } deadline && now >= deadline && !s.Overdue)
        {
            s.Overdue = true;
            s.Trail.Add(new CaseEntry(now, "sistem", $"Batas waktu {s.LastLetterStage} lewat: langkah berikutnya menunggu petugas", s.Stage));
            await state.WriteStateAsync();
            await TryAnnounceAsync("case", now);
        }

        await SyncDeadlineReminderAsync();
    }

    /// <summary>A reminder while a deadline is pending (it survives restarts); none otherwise.</summary>
    private async Task SyncDeadlineReminderAsync()
    {
        var pending = state.State.Deadline is not null && !state.State.Overdue && state.State.Stage is not (CaseStage.Closed or CaseStage.None);
        if (pending)
        {
            var due = state.State.Deadline!.Value - time.GetUtcNow();
            await this.RegisterOrUpdateReminder(DeadlineReminder, due < TimeSpan.FromMinutes(1) ? TimeSpan.FromMinutes(1) : due, TimeSpan.FromHours(1));
        }
        else if (await this.GetReminder(DeadlineReminder) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }
    }

    private static string Describe(CaseStep step) => step.Action switch
    {
        CaseAction.FieldCheck => $"Pemeriksaan lapangan ({(step.OutletClosed ? "usaha tutup" : "usaha buka")}): {step.Note}",
        CaseAction.Imbauan => "Surat imbauan: " + step.Note,
        CaseAction.TeguranI => "Surat teguran I: " + step.Note,
        CaseAction.TeguranII => "Surat teguran II: " + step.Note,
        CaseAction.TeguranIII => "Surat teguran III: " + step.Note,
        CaseAction.RecommendSeal => "Rekomendasi penyegelan: " + step.Note,
        _ => "Wajib pajak patuh, kasus ditutup: " + step.Note,
    };
}
