using AmbonCC.City;

namespace AmbonCC.TaxTerminals;

/// <summary>
/// Which step may follow which. Letters go up one rung at a time; after a field check an officer may start at
/// imbauan or, for a clear case (device unplugged while open), at teguran I. A field check may be recorded at any
/// open stage; compliance closes the case from any open stage.
/// </summary>
public static class CaseLadder
{
    /// <summary>Days a taxpayer has to comply with each letter before the next may be issued.</summary>
    public static TimeSpan DeadlineFor(CaseStage stage) => stage switch
    {
        CaseStage.Imbauan => TimeSpan.FromDays(7),
        CaseStage.TeguranI or CaseStage.TeguranII => TimeSpan.FromDays(7),
        CaseStage.TeguranIII => TimeSpan.FromDays(3),
        _ => TimeSpan.Zero,
    };

    public static CaseStage StageAfter(CaseAction action) => action switch
    {
        CaseAction.FieldCheck => CaseStage.FieldChecked,
        CaseAction.Imbauan => CaseStage.Imbauan,
        CaseAction.TeguranI => CaseStage.TeguranI,
        CaseAction.TeguranII => CaseStage.TeguranII,
        CaseAction.TeguranIII => CaseStage.TeguranIII,
        CaseAction.RecommendSeal => CaseStage.SealRecommended,
        _ => CaseStage.Closed,
    };

    public static bool IsLetter(CaseAction action) =>
        action is CaseAction.Imbauan or CaseAction.TeguranI or CaseAction.TeguranII or CaseAction.TeguranIII or CaseAction.RecommendSeal;

    /// <summary>Null when allowed; otherwise why not (in Indonesian, for the officer).</summary>
    /// <param name="lastLetterStage">The highest letter issued so far (None when no letter yet).</param>
    /// <param name="fieldChecked">Whether a field check was recorded in this case.</param>
    public static string? Refusal(CaseStage stage, CaseStage lastLetterStage, bool fieldChecked, CaseAction action)
    {
        if (stage is CaseStage.None or CaseStage.Closed)
        {
            return "Tidak ada kasus terbuka.";
        }

        if (action is CaseAction.FieldCheck or CaseAction.Comply)
        {
            return null;
        }

        if (!fieldChecked)
        {
            return "Lakukan pemeriksaan lapangan dulu.";
        }

        var allowed = lastLetterStage switch
        {
            CaseStage.None => new[] { CaseAction.Imbauan, CaseAction.TeguranI },
            CaseStage.Imbauan => [CaseAction.TeguranI],
            CaseStage.TeguranI => [CaseAction.TeguranII],
            CaseStage.TeguranII => [CaseAction.TeguranIII],
            CaseStage.TeguranIII => [CaseAction.RecommendSeal],
            _ => [],
        };
        return allowed.Contains(action) ? null : $"Setelah {lastLetterStage} langkah berikutnya adalah {string.Join(" atau ", allowed)}.";
    }

    /// <summary>Roman month for Indonesian letter numbers (e.g. 973/0012/BPPRD/XII/2026).</summary>
    public static string RomanMonth(int month) =>
        new[] { "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII" }[month - 1];

    public static string LetterNumber(int sequence, DateTimeOffset at, CityClock clock)
    {
        var local = clock.ToCityTime(at);
        return $"973/{sequence:0000}/BPPRD/{RomanMonth(local.Month)}/{local.Year}";
    }
}
