using AmbonCC.Incidents;

namespace AmbonCC.Complaints.Rules;

/// <summary>
/// FixMyStreet's suggestion: an open complaint of the same category within about 50 m and the last few days is
/// probably the same problem. Only suggested; the operator decides and merges.
/// </summary>
internal static class DuplicateFinder
{
    public const double RadiusMeters = 50;
    public static readonly TimeSpan Window = TimeSpan.FromDays(7);

    public static IReadOnlyList<(ComplaintSummary Complaint, double Meters)> Suggest(
        string selfId, string category, double latitude, double longitude, DateTimeOffset at, IEnumerable<ComplaintSummary> candidates) =>
        [.. candidates
            .Where(c => c.Id != selfId && c.IsOpen && c.Category == category && c.Latitude is not null && c.Longitude is not null)
            .Where(c => c.ReceivedAt >= at - Window && c.ReceivedAt <= at + Window)
            .Select(c => (Complaint: c, Meters: GeoRules.DistanceMeters(latitude, longitude, c.Latitude!.Value, c.Longitude!.Value)))
            .Where(x => x.Meters <= RadiusMeters)
            .OrderBy(x => x.Meters)];
}
