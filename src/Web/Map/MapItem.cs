namespace AmbonCC.Web.Map;

/// <summary>The layers a <see cref="CityMap"/> can show; a page names the ones it embeds.</summary>
[Flags]
public enum MapLayers
{
    None = 0,
    Cameras = 1,
    Gauges = 2,
    TaxTerminals = 4,
    Complaints = 8,
    Incidents = 16,
    All = Cameras | Gauges | TaxTerminals | Complaints | Incidents,
}

/// <summary>How urgent a thing on the map is: one colour scale for every layer, so that red means the same everywhere.</summary>
public enum MapTone
{
    Unknown,
    Normal,
    Watch,
    Warning,
    Danger,
}

/// <summary>
/// One marker: where, what it is, how urgent, and the page it links to. <see cref="StateKey"/> and
/// <see cref="StateArgs"/> are rendered in the reader's language (MapText). Never carries personal data.
/// </summary>
/// <param name="Id">Layer prefix and key, e.g. <c>gauge:PDA-BATUMERAH-1</c>: stable, so a live change replaces it.</param>
/// <param name="Count">How many things the marker stands for (a kelurahan's terminals); 1 otherwise.</param>
public sealed record MapItem(
    string Id,
    MapLayers Layer,
    double Latitude,
    double Longitude,
    string Title,
    MapTone Tone,
    string StateKey,
    IReadOnlyList<string> StateArgs,
    string Href,
    int Count = 1);
