using AmbonCC.Live;

namespace AmbonCC.TaxTerminals;

/// <summary>A terminal's row after a receipt, a heartbeat or a change of health: what the terminal table shows.</summary>
[GenerateSerializer, Immutable, Alias("AmbonCC.TaxTerminals.TerminalStatusChanged")]
public sealed record TerminalStatusChanged(
    [property: Id(0)] TerminalStatus Status,
    [property: Id(1)] DateTimeOffset At) : ITaxEvent
{
    public string SubjectId => Status.Serial;

    public string Kind => "terminal";
}

/// <summary>
/// A taxpayer's findings or case changed: the anomaly-queue row (score, case stage, findings count, the weightiest
/// finding). <see cref="Change"/> names what happened ("finding", "case", "sptpd", ...).
/// </summary>
[GenerateSerializer, Immutable, Alias("AmbonCC.TaxTerminals.TaxpayerChanged")]
public sealed record TaxpayerChanged(
    [property: Id(0)] string Npwpd,
    [property: Id(1)] string Name,
    [property: Id(2)] string KelurahanCode,
    [property: Id(3)] string Change,
    [property: Id(4)] double Score,
    [property: Id(5)] CaseStage Stage,
    [property: Id(6)] bool Overdue,
    [property: Id(7)] int Findings,
    [property: Id(8)] string? TopFinding,
    [property: Id(9)] DateTimeOffset At) : ITaxEvent
{
    public string SubjectId => Npwpd;

    public string Kind => "taxpayer";

    /// <summary>Whether the taxpayer belongs in the anomaly queue: open findings or a case under way.</summary>
    public bool Queued => Findings > 0 || Stage is not (CaseStage.None or CaseStage.Closed);
}
