using AmbonCC.Cameras;
using AmbonCC.Incidents;
using AmbonCC.RiverGauges;
using AmbonCC.TaxTerminals;

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
    public static OverviewKpis From(CityPicture p, DateTimeOffset now)
    {
        var has = (MapLayers layer) => (p.Layers & layer) != 0;
        var cameras = p.Cameras.Values;
        var terminals = p.Terminals.Values;
        var gauges = p.Gauges.Values;
        return new OverviewKpis(
            // Not recording still shows the street: online for the operator, an alarm for the VMS team.
            has(MapLayers.Cameras) ? cameras.Count(c => c.Health is CameraHealth.Online or CameraHealth.NotRecording) : null,
            cameras.Count,
            has(MapLayers.Gauges)
                ? Enum.GetValues<SiagaLevel>().ToDictionary(b => b, b => gauges.Count(g => !g.Stale && g.Band == b))
                : null,
            gauges.Count(g => g.Stale),
            has(MapLayers.TaxTerminals) ? terminals.Count(t => t.Health == TerminalHealth.Red) : null,
            terminals.Count(t => MapStyle.IsLongRed(t, now)),
            terminals.Count,
            has(MapLayers.TaxTerminals) ? terminals.Sum(t => t.TodayTax) : null,
            has(MapLayers.Complaints) ? p.Complaints.Values.Count(c => c.Deadline?.Overdue == true) : null,
            p.ComplaintsTruncated,
            has(MapLayers.Incidents)
                // Distinct: Info is an alias of Warning, and a repeated key would throw on every render.
                ? Enum.GetValues<AlarmSeverity>().Distinct().ToDictionary(s => s, s => p.Incidents.Values.Count(i => i.Severity == s))
                : null);
    }
}
