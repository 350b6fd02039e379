namespace AmbonCC.Warnings;

/// <summary>The outbox correlation kind of a warning's messages: their outcomes return to the warning grain.</summary>
internal static class WarningOutcomes
{
    public const string Kind = "warning";
}
