using AmbonCC.TaxTerminals;

namespace AmbonCC.Web.TaxTerminals;

/// <summary>
/// Keys in <see cref="Resources.TaxText"/> of the tax enums, member by member: renaming a member breaks the build here
/// instead of showing a raw key on screen.
/// </summary>
public static class TaxLabels
{
    public static string Health(TerminalHealth health) => health switch
    {
        TerminalHealth.Unknown => "HealthUnknown",
        TerminalHealth.Green => "HealthGreen",
        TerminalHealth.Red => "HealthRed",
        _ => throw new ArgumentOutOfRangeException(nameof(health), health, null),
    };

    public static string Standing(TaxpayerStanding standing) => standing switch
    {
        TaxpayerStanding.Compliant => "StandingCompliant",
        TaxpayerStanding.Watched => "StandingWatched",
        TaxpayerStanding.InCase => "StandingInCase",
        _ => throw new ArgumentOutOfRangeException(nameof(standing), standing, null),
    };

    public static string Stage(CaseStage stage) => stage switch
    {
        CaseStage.None => "StageNone",
        CaseStage.Open => "StageOpen",
        CaseStage.FieldChecked => "StageFieldChecked",
        CaseStage.Imbauan => "StageImbauan",
        CaseStage.TeguranI => "StageTeguranI",
        CaseStage.TeguranII => "StageTeguranII",
        CaseStage.TeguranIII => "StageTeguranIII",
        CaseStage.SealRecommended => "StageSealRecommended",
        CaseStage.Closed => "StageClosed",
        _ => throw new ArgumentOutOfRangeException(nameof(stage), stage, null),
    };
}
