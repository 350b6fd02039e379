using System.Collections.Immutable;

namespace AmbonCC.TaxTerminals;

/// <summary>The ladder of a case: field check, then imbauan → teguran I → II → III → recommendation to seal.</summary>
public enum CaseStage
{
    None,
    Open,
    FieldChecked,
    Imbauan,
    TeguranI,
    TeguranII,
    TeguranIII,
    SealRecommended,
    Closed,
}

/// <summary>What an officer does on a case.</summary>
public enum CaseAction
{
    FieldCheck,
    Imbauan,
    TeguranI,
    TeguranII,
    TeguranIII,
    RecommendSeal,
    /// <summary>The taxpayer complied (device back on, SPTPD corrected): the case closes and the outlet's status is restored.</summary>
    Comply,
}

/// <summary>An officer's step as sent to the taxpayer grain.</summary>
/// <param name="OutletClosed">Field checks only: the outlet was found closed (suspends the 3-days-red rule).</param>
[GenerateSerializer, Immutable, Alias("ambon.taxterminals.CaseStep")]
public sealed record CaseStep(
    [property: Id(0)] CaseAction Action,
    [property: Id(1)] string Officer,
    [property: Id(2)] string Note,
    [property: Id(3)] bool OutletClosed = false);

/// <summary>A numbered warning letter; the PDF is rendered from it on request.</summary>
[GenerateSerializer, Immutable, Alias("ambon.taxterminals.WarningLetter")]
public sealed record WarningLetter(
    [property: Id(0)] string Number,
    [property: Id(1)] CaseStage Stage,
    [property: Id(2)] DateTimeOffset IssuedAt,
    [property: Id(3)] DateTimeOffset Deadline,
    [property: Id(4)] string IssuedBy,
    [property: Id(5)] ImmutableArray<string> Grounds);

/// <summary>One line of the case's audit trail: who did what, when.</summary>
[GenerateSerializer, Immutable, Alias("ambon.taxterminals.CaseEntry")]
public sealed record CaseEntry(
    [property: Id(0)] DateTimeOffset At,
    [property: Id(1)] string By,
    [property: Id(2)] string What,
    [property: Id(3)] CaseStage StageAfter,
    [property: Id(4)] string? LetterNumber = null);

/// <summary>The taxpayer's enforcement case as shown to officers.</summary>
[GenerateSerializer, Immutable, Alias("ambon.taxterminals.CaseView")]
public sealed record CaseView(
    [property: Id(0)] CaseStage Stage,
    [property: Id(1)] DateTimeOffset? OpenedAt,
    [property: Id(2)] DateTimeOffset? Deadline,
    [property: Id(3)] bool Overdue,
    [property: Id(4)] ImmutableArray<WarningLetter> Letters,
    [property: Id(5)] ImmutableArray<CaseEntry> Trail,
    [property: Id(6)] DateTimeOffset? ClosedConfirmedAt);
