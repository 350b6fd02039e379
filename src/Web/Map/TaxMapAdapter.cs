using AmbonCC.City;
using AmbonCC.TaxTerminals;
using AmbonCC.Web.TaxTerminals;
using Microsoft.Extensions.Options;

namespace AmbonCC.Web.Map;

/// <summary>
/// The tax layer's one link to the tax module: the terminal rows come from the city's tax register in one call
/// (<see cref="TaxDesk.RegisterAsync"/>, no grain per outlet), a kelurahan's terminals become one marker, and the
/// tiles' figures are the register's own rule (<see cref="TaxTotalsRule"/>) over the rows the picture holds.
/// </summary>
public sealed class TaxMapAdapter(TaxDesk desk, IOptions<TaxRuleOptions> rules)
{
    public async Task LoadAsync(CityPicture picture)
    {
        picture.RedEscalation = rules.Value.RedEscalation;
        foreach (var row in (await desk.RegisterAsync()).Terminals)
        {
            picture.Terminals[row.Status.Serial] = row;
        }
    }

    /// <summary>
    /// Today's city-wide figures at <paramref name="now"/>, as the register computes them: a row reported on an
    /// earlier city day adds nothing to today (a quiet terminal never carries yesterday's PBJT into today).
    /// </summary>
    public static TaxTotals Totals(CityPicture picture, DateTimeOffset now, CityClock clock) =>
        TaxTotalsRule.Of(picture.Terminals.Values, now, clock, picture.RedEscalation);

    /// <summary>
    /// One marker per kelurahan, at the mean of its outlets; a lone outlet links to its taxpayer, a group to the tax
    /// page. The outlet names stay on the tax pages.
    /// </summary>
    public static MapItem? Cluster(string id, string kelurahanCode, CityPicture picture, DateTimeOffset now)
    {
        var terminals = picture.Terminals.Values.Select(r => r.Status).Where(t => t.KelurahanCode == kelurahanCode).ToList();
        if (terminals.Count == 0)
        {
            return null;
        }

        var red = terminals.Count(t => t.Health == TerminalHealth.Red);
        var longRed = terminals.Count(t => MapStyle.IsLongRed(t, now, picture.RedEscalation));
        var name = picture.Kelurahan.TryGetValue(kelurahanCode, out var k) ? k.Name : kelurahanCode;
        var href = terminals.Count == 1 ? "/tax/" + Uri.EscapeDataString(terminals[0].Npwpd) : "/tax";
        return new MapItem(id, MapLayers.TaxTerminals, terminals.Average(t => t.Latitude), terminals.Average(t => t.Longitude),
            name, MapStyle.Terminals(terminals, now, picture.RedEscalation), "Tax.Terminals",
            [Invariant(terminals.Count), Invariant(red), Invariant(longRed)], href, terminals.Count);
    }

    private static string Invariant(int n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
