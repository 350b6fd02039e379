using AmbonCC.City;

namespace AmbonCC.Cameras;

/// <summary>What the camera remembers of one analytics event, to tell a retry from news.</summary>
[GenerateSerializer, Immutable, Alias("ambon.cameras.EventMemo")]
public sealed record EventMemo(
    [property: Id(0)] string Id,
    [property: Id(1)] CameraEventType Type,
    [property: Id(2)] string Fingerprint);

/// <summary>Which analytics events matter, and whether one was already taken.</summary>
public static class CameraEventRules
{
    /// <summary>Event ids remembered per camera: far more than a camera raises between two retries.</summary>
    public const int MemoryLimit = 500;

    /// <summary>Whether this category's configuration lists the label and the score reaches its minimum.</summary>
    public static bool IsRelevant(CameraOptions options, CameraCategory category, string label, double score) =>
        options.Labels.TryGetValue(category.ToString(), out var labels)
        && labels.TryGetValue(label, out var minimum)
        && score >= minimum;

    /// <summary>
    /// A repeat of what was taken last for the id, anything after its end, or a second "new" is a duplicate.
    /// Otherwise the event is remembered (the memory keeps the newest ids) and false is returned.
    /// </summary>
    public static bool IsDuplicate(List<EventMemo> memory, CameraEvent evt)
    {
        var fingerprint = Fingerprint(evt);
        var i = memory.FindIndex(m => m.Id == evt.Id);
        if (i >= 0)
        {
            var known = memory[i];
            if (known.Type == CameraEventType.End || evt.Type == CameraEventType.New || known.Fingerprint == fingerprint)
            {
                return true;
            }

            memory.RemoveAt(i);
        }

        memory.Add(new EventMemo(evt.Id, evt.Type, fingerprint));
        if (memory.Count > MemoryLimit)
        {
            memory.RemoveRange(0, memory.Count - MemoryLimit);
        }

        return false;
    }

    private static string Fingerprint(CameraEvent e) =>
        FormattableString.Invariant($"{e.Type}|{e.Label}|{e.Score:0.####}|{string.Join(',', e.Zones)}|{e.StartTime:O}|{e.EndTime:O}");
}
