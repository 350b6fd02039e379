using AmbonCC.Cameras;
using AmbonCC.City;
using AmbonCC.Complaints;
using AmbonCC.Incidents;
using AmbonCC.RiverGauges;
using AmbonCC.TaxTerminals;

namespace AmbonCC.Web.Map;

/// <summary>A camera's place (from its profile) and its health now (from its status).</summary>
public sealed record CameraSpot(string Code, string Name, double Latitude, double Longitude, CameraHealth Health);

/// <summary>
/// What one screen knows of the city now: the rows of every layer it may show, loaded once by
/// <see cref="CityPictureLoader"/> and then changed by live events, one row at a time. The map and the KPI tiles
/// are projections of it. Belongs to one circuit: touched only on that circuit's thread.
/// </summary>
public sealed class CityPicture
{
    private readonly HashSet<string> changed = [];

    // What left the picture and when (incident: last update; complaint: version), so that a late, older row of a
    // closed item does not bring its marker back.
    private readonly Dictionary<string, DateTimeOffset> closedIncidents = [];
    private readonly Dictionary<string, long> closedComplaints = [];

    public MapLayers Layers { get; set; }
    public Dictionary<string, CameraSpot> Cameras { get; } = [];
    public Dictionary<string, GaugeStatus> Gauges { get; } = [];

    /// <summary>The tax register's rows: each terminal's status as of the instant it reported it (today's figures count only when that instant is today).</summary>
    public Dictionary<string, TerminalStatusChanged> Terminals { get; } = [];

    /// <summary>How long a terminal stays red before it is "red 3+ days" (the tax rules' setting; the map and the tiles use the same).</summary>
    public TimeSpan RedEscalation { get; set; } = MapStyle.LongRed;

    /// <summary>Open complaints the reader may see; summaries only (the index never holds a reporter's identity).</summary>
    public Dictionary<string, ComplaintSummary> Complaints { get; } = [];
    public Dictionary<string, IncidentSummary> Incidents { get; } = [];
    public IReadOnlyDictionary<string, Kelurahan> Kelurahan { get; set; } = new Dictionary<string, Kelurahan>();

    /// <summary>Whether the complaint list was cut at the index's page size (the KPI then says "at least").</summary>
    public bool ComplaintsTruncated { get; set; }

    /// <summary>Map item ids changed since the last <see cref="TakeChanged"/>: what the map must redraw.</summary>
    public IReadOnlyCollection<string> TakeChanged()
    {
        var ids = changed.ToList();
        changed.Clear();
        return ids;
    }

    public void Apply(GaugeLevelChanged evt)
    {
        if (Gauges.TryGetValue(evt.Code, out var row))
        {
            Gauges[evt.Code] = evt.ApplyTo(row);
            changed.Add(MapItems.GaugeId(evt.Code));
        }
    }

    public void Apply(GaugeStatus status)
    {
        if ((Layers & MapLayers.Gauges) != 0)
        {
            Gauges[status.Code] = status;
            changed.Add(MapItems.GaugeId(status.Code));
        }
    }

    public void Apply(CameraStatus status)
    {
        if (Cameras.TryGetValue(status.Code, out var spot))
        {
            Cameras[status.Code] = spot with { Health = status.Health, Name = status.Name };
            changed.Add(MapItems.CameraId(status.Code));
        }
    }

    /// <summary>A terminal's register row; an older row than the held one (a late event) is ignored.</summary>
    public void Apply(TerminalStatusChanged row)
    {
        if ((Layers & MapLayers.TaxTerminals) == 0
            || (Terminals.TryGetValue(row.Status.Serial, out var held) && held.At > row.At))
        {
            return;
        }

        // A terminal that moved kelurahan changes both clusters.
        if (held is not null && held.Status.KelurahanCode != row.Status.KelurahanCode)
        {
            changed.Add(MapItems.TaxId(held.Status.KelurahanCode));
        }

        Terminals[row.Status.Serial] = row;
        changed.Add(MapItems.TaxId(row.Status.KelurahanCode));
    }

    /// <summary>An incident's queue row; a closed one leaves the picture. An older row than the held one is ignored.</summary>
    public void Apply(IncidentSummary summary)
    {
        if ((Layers & MapLayers.Incidents) == 0
            || (Incidents.TryGetValue(summary.Id, out var held) && held.LastUpdatedAt > summary.LastUpdatedAt)
            || (closedIncidents.TryGetValue(summary.Id, out var closedAt) && closedAt > summary.LastUpdatedAt))
        {
            return;
        }

        if (summary.Status == IncidentStatus.Open)
        {
            Incidents[summary.Id] = summary;
        }
        else
        {
            Incidents.Remove(summary.Id);
            closedIncidents[summary.Id] = summary.LastUpdatedAt;
        }

        changed.Add(MapItems.IncidentId(summary.Id));
    }

    /// <summary>A complaint's index row (null: gone or not the reader's); a closed one leaves the picture.</summary>
    public void ApplyComplaint(string id, ComplaintSummary? summary)
    {
        if ((Layers & MapLayers.Complaints) == 0
            || (summary is not null && Complaints.TryGetValue(id, out var held) && held.Version > summary.Version)
            || (summary is not null && closedComplaints.TryGetValue(id, out var closed) && closed > summary.Version))
        {
            return;
        }

        if (summary is { IsOpen: true })
        {
            Complaints[id] = summary;
        }
        else
        {
            Complaints.Remove(id);
            if (summary is not null)
            {
                closedComplaints[id] = summary.Version;
            }
        }

        changed.Add(MapItems.ComplaintId(id));
    }
}
