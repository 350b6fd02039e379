namespace AmbonCC.Live;

/// <summary>
/// A small change notice on a live stream: which thing changed and a summary of its new state. Pages load a
/// snapshot from the grains and then apply these.
/// </summary>
[GenerateSerializer, Immutable, Alias("AmbonCC.Live.LiveEvent")]
public sealed record LiveEvent(
    [property: Id(0)] string Domain,
    [property: Id(1)] string Kind,
    [property: Id(2)] string SubjectId,
    [property: Id(3)] string Summary,
    [property: Id(4)] DateTimeOffset At,
    [property: Id(5)] IReadOnlyDictionary<string, string>? Data = null);
