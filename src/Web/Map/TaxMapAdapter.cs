using AmbonCC.TaxTerminals;
using AmbonCC.Web.TaxTerminals;

namespace AmbonCC.Web.Map;

/// <summary>
/// The tax layer's one link to the tax module: where terminals come from and how a kelurahan's terminals become one
/// marker. The terminal list is read through <see cref="TaxDesk"/> today; when a register grain answers the list,
/// only <see cref="LoadAsync"/> changes.
/// </summary>
public sealed class TaxMapAdapter(TaxDesk desk)
{
    public async Task LoadAsync(CityPicture picture)
    {
        foreach (var terminal in await desk.TerminalsAsync())
        {
            picture.Terminals[terminal.Serial] = terminal;
        }
    }

    /// <summary>
    /// One marker per kelurahan, at the mean of its outlets; a lone outlet links to its taxpayer, a group to the tax
    /// page. The outlet names stay on the tax pages.
    /// </summary>
    public static MapItem? Cluster(string id, string kelurahanCode, CityPicture picture, DateTimeOffset now)
    {
        var terminals = picture.Terminals.Values.Where(t => t.KelurahanCode == kelurahanCode).ToList();
        if (terminals.Count == 0)
        {
            return null;
        }

        var red = terminals.Count(t => t.Health == TerminalHealth.Red);
        var longRed = terminals.Count(t => MapStyle.IsLongRed(t, now));
        var name = picture.Kelurahan.TryGetValue(kelurahanCode, out var k) ? k.Name : kelurahanCode;
        var href = terminals.Count == 1 ? "/tax/" + Uri.EscapeDataString(terminals[0].Npwpd) : "/tax";
        return new MapItem(id, MapLayers.TaxTerminals, terminals.Average(t => t.Latitude), terminals.Average(t => t.Longitude),
            name, MapStyle.Terminals(terminals, now), "Tax.Terminals",
            [Invariant(terminals.Count), Invariant(red), Invariant(longRed)], href, terminals.Count);
    }

    private static string Invariant(int n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
