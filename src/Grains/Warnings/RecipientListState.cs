using AmbonCC.City;

namespace AmbonCC.Warnings;

[GenerateSerializer, Alias("ambon.warnings.RecipientListState")]
public sealed class RecipientListState
{
    /// <summary>Recipients by id.</summary>
    [Id(0)] public Dictionary<string, Recipient> Recipients { get; set; } = new(StringComparer.Ordinal);
}
