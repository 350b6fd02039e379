namespace AmbonCC.Incidents;

/// <summary>What the queue keeps of an open incident to correlate by place and time.</summary>
[GenerateSerializer, Alias("ambon.incidents.CorrelationSpot")]
internal sealed class CorrelationSpot
{
    [Id(0)] public string Family { get; set; } = "";

    [Id(1)] public List<string> KelurahanCodes { get; set; } = [];

    [Id(2)] public DateTimeOffset LastSignalAt { get; set; }
}

/// <summary>
/// Related signals join one incident: same family (flood: a gauge alarm, a citizen's flood report, a river camera's
/// flood water; waste: a waste camera's overflow or dumping, a citizen's garbage report), a shared kelurahan, and a
/// signal within the family's window of the incident's last one.
/// </summary>
internal static class CorrelationRules
{
    /// <summary>The open incident the signal joins, or null; the most recent signal wins a tie.</summary>
    public static string? Match(
        IReadOnlyDictionary<string, CorrelationSpot> open, string? family, IEnumerable<string> kelurahan, DateTimeOffset at, TimeSpan window)
    {
        if (family is null)
        {
            return null;
        }

        var codes = kelurahan.ToHashSet(StringComparer.Ordinal);
        return codes.Count == 0 ? null : open
            .Where(p => p.Value.Family == family
                && p.Value.KelurahanCodes.Any(codes.Contains)
                && (at - p.Value.LastSignalAt).Duration() <= window)
            .OrderByDescending(p => p.Value.LastSignalAt)
            .ThenBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => p.Key)
            .FirstOrDefault();
    }

    /// <summary>The spot after a signal joined (kelurahan added, last signal moved forward).</summary>
    public static void Join(CorrelationSpot spot, IEnumerable<string> kelurahan, DateTimeOffset at)
    {
        spot.KelurahanCodes.AddRange(kelurahan.Where(k => !spot.KelurahanCodes.Contains(k)).Distinct());
        spot.LastSignalAt = at > spot.LastSignalAt ? at : spot.LastSignalAt;
    }
}
