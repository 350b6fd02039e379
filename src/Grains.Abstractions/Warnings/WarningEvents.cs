using AmbonCC.Live;

namespace AmbonCC.Warnings;

/// <summary>A warning changed: its registry row as it is now, so that pages update one row without a reload.</summary>
/// <param name="Change">What happened ("drafted", "approved", "acknowledged", ...), as the grain names it.</param>
[GenerateSerializer, Immutable, Alias("AmbonCC.Warnings.WarningChanged")]
public sealed record WarningChanged(
    [property: Id(0)] WarningSummary Summary,
    [property: Id(1)] string Change) : IWarningEvent
{
    public string SubjectId => Summary.Id;

    public DateTimeOffset At => Summary.UpdatedAt;

    public string Kind => "warning";
}
