using AmbonCC.City;
using AmbonCC.RiverGauges;
using Microsoft.AspNetCore.Components;

namespace AmbonCC.Web.Components.Rivers;

/// <summary>The gauges on a plain equirectangular projection of the city's bounding box.</summary>
public partial class GaugeMap
{
    private const double Width = 800;
    private const double Pad = 24;
    private double height = 500;
    private double minLat, maxLat, minLon, maxLon, xScale, yScale;

    [Parameter, EditorRequired] public IReadOnlyList<GaugeStatus> Gauges { get; set; } = [];
    [Parameter] public IEnumerable<Kelurahan> Kelurahan { get; set; } = [];
    [Parameter] public string? SelectedCode { get; set; }
    [Parameter] public EventCallback<string> OnSelect { get; set; }

    protected override void OnParametersSet()
    {
        var lats = Gauges.Select(g => g.Latitude).Concat(Kelurahan.Select(k => k.Latitude)).ToList();
        var lons = Gauges.Select(g => g.Longitude).Concat(Kelurahan.Select(k => k.Longitude)).ToList();
        if (lats.Count == 0)
        {
            (minLat, maxLat, minLon, maxLon) = (-3.8, -3.6, 128.1, 128.3);
        }
        else
        {
            (minLat, maxLat, minLon, maxLon) = (lats.Min(), lats.Max(), lons.Min(), lons.Max());
        }

        // A degree of longitude is shorter than one of latitude by cos(latitude); near the equator barely, but honestly.
        var lonSpan = Math.Max(maxLon - minLon, 1e-4) * Math.Cos((minLat + maxLat) / 2 * Math.PI / 180);
        var latSpan = Math.Max(maxLat - minLat, 1e-4);
        height = Math.Clamp((Width - 2 * Pad) * latSpan / lonSpan + 2 * Pad, 280, 720);
        xScale = (Width - 2 * Pad) / Math.Max(maxLon - minLon, 1e-4);
        yScale = (height - 2 * Pad) / latSpan;

        // Keep the aspect ratio: use the smaller scale on both axes.
        var uniform = Math.Min(xScale * Math.Cos((minLat + maxLat) / 2 * Math.PI / 180), yScale);
        yScale = uniform;
        xScale = uniform / Math.Cos((minLat + maxLat) / 2 * Math.PI / 180);
    }

    private (double X, double Y) Project(double lat, double lon) =>
        (Pad + (lon - minLon) * xScale, Pad + (maxLat - lat) * yScale);
}
