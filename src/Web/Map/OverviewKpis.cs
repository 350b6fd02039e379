using AmbonCC.Cameras;
using AmbonCC.City;
using AmbonCC.Incidents;
using AmbonCC.RiverGauges;

namespace AmbonCC.Web.Map;

/// <summary>
/// The overview's figures, computed from the same <see cref="CityPicture"/> as the map, so a tile and a marker never
/// disagree. A figure is null when its layer is not the reader's (the tile is then not shown).
/// </summary>
public sealed record OverviewKpis(
    int? CamerasOnline,
    int CamerasTotal,
    IReadOnlyDictionary<SiagaLevel, int>? GaugesByBand,
    int GaugesStale,
    int? TerminalsRed,
    int TerminalsLongRed,
    int TerminalsTotal,
    decimal? PbjtToday,
    int? ComplaintsOverdue,
    bool ComplaintsAtLeast,
    IReadOnlyDictionary<AlarmSeverity, int>? IncidentsBySeverity)
{
    /// <param name="clock">The city's day: "PBJT today" is today in Ambon, not in UTC.</param>
    public static OverviewKpis From(CityPicture p, DateTimeOffset now, CityClock clock)
    {
        var has = (MapLayers layer) => (p.Layers & layer) != 0;
        var cameras = p.Cameras.Values;
        var tax = TaxMapAdapter.Totals(p, now, clock);
        var gauges = p.Gauges.Values;
        return new OverviewKpis(
            // Not recording still shows the street: online for the operator, an alarm for the VMS team.
            has(MapLayers.Cameras) ? cameras.Count(c => c.Health is CameraHealth.Online or CameraHealth.NotRecording) : null,
            cameras.Count,
            has(MapLayers.Gauges)
                ? Enum.GetValues<SiagaLevel>().ToDictionary(b => b, b => gauges.Count(g => !g.Stale && g.Band == b))
                : null,
            gauges.Count(g => g.Stale),
            has(MapLayers.TaxTerminals) ? tax.Red : null,
            tax.RedThreeDays,
            tax.Terminals,
            has(MapLayers.TaxTerminals) ? tax.TodayTax : null,
            has(MapLayers.Complaints) ? p.Complaints.Values.Count(c => c.Deadline?.Overdue == true) : null,
            p.ComplaintsTruncated,
            // Distinct: Info is Warning's old name, the same value, and GetValues lists both.
            has(MapLayers.Incidents)
                ? Enum.GetValues<AlarmSeverity>().Distinct().ToDictionary(s => s, s => p.Incidents.Values.Count(i => i.Severity == s))
                : null);
    }
}
