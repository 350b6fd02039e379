using System.Globalization;

namespace AmbonCC.Simulator.Complaints;

internal enum IntakeChannel
{
    Chat,
    Open311,
    Social,
}

/// <summary>One citizen's complaint as it will be sent: who, where, what they write, and through which channel.</summary>
internal sealed record ComplaintScenario(
    string Id, IntakeChannel Channel, string Category, Place Place, double Lat, double Lon, string Address,
    IReadOnlyList<string> Lines, string Description, string? Name, string? Contact, string? Site,
    string? Network, string? Account, bool Photo, bool ByAddress);

/// <summary>
/// Draws complaints: channel by <see cref="ChannelShares"/>, category by <see cref="CategoryTexts.Weight"/>, a place
/// from the city's kelurahan (within about 250 m of its centroid), and texts kept inside the server's limits.
/// Pure: the same seed gives the same complaints.
/// </summary>
internal sealed class ComplaintPlan(IReadOnlyList<Place> places, int seed)
{
    public static readonly IReadOnlyList<(IntakeChannel Channel, double Share)> ChannelShares =
        [(IntakeChannel.Chat, 0.45), (IntakeChannel.Open311, 0.25), (IntakeChannel.Social, 0.30)];

    public const double PhotoShare = 0.3;

    private readonly Random _random = new(seed);
    private int _count;

    public ComplaintScenario Next()
    {
        var n = Interlocked.Increment(ref _count);
        var channel = Pick(ChannelShares, c => c.Share).Channel;
        var texts = Pick(ComplaintTexts.All, t => t.Weight);
        var place = places[_random.Next(places.Count)];
        var where = Where(place);
        var complaint = string.Format(CultureInfo.InvariantCulture, One(texts.Complaints), where);
        var detail = One(texts.Details);
        var named = _random.NextDouble() < 0.6;
        var name = named ? One(ComplaintTexts.Names) : null;
        var contact = named ? Contact(name!) : null;
        string[] lines = channel == IntakeChannel.Open311
            ? [complaint]
            : _random.NextDouble() < 0.5 ? [One(ComplaintTexts.Greetings), complaint, detail] : [complaint, detail];
        var site = channel != IntakeChannel.Chat ? null
            : _random.NextDouble() < 0.5 && ComplaintTexts.OpdSites.TryGetValue(texts.Code, out var opdSite) ? opdSite
            : One(ComplaintTexts.CitySites);
        var network = channel == IntakeChannel.Social ? One(ComplaintTexts.Networks) : null;
        var account = channel == IntakeChannel.Social
            ? "@" + One(ComplaintTexts.Handles) + _random.Next(10, 1000).ToString(CultureInfo.InvariantCulture)
            : null;
        return new ComplaintScenario(
            $"{seed:x}-{n}", channel, texts.Code, place,
            Math.Round(place.Lat + (_random.NextDouble() - 0.5) * 0.0045, 6), Math.Round(place.Lon + (_random.NextDouble() - 0.5) * 0.0045, 6),
            where + ", Kec. " + place.Kecamatan + ", Kota Ambon", lines, complaint + " " + detail, name, contact, site, network, account,
            channel == IntakeChannel.Chat && _random.NextDouble() < PhotoShare, channel == IntakeChannel.Open311 && _random.NextDouble() < 0.4);
    }

    /// <summary>A street, a landmark or just the kelurahan, as people describe where something is.</summary>
    private string Where(Place place)
    {
        var roll = _random.NextDouble();
        return roll < 0.45 && place.Roads.Count > 0 ? $"{One(place.Roads)}, {place.Label}"
            : roll < 0.65 && place.Landmarks.Count > 0 ? $"dekat {One(place.Landmarks)}, {place.Label}"
            : roll < 0.85 ? $"RT 0{_random.Next(1, 8)}/RW 0{_random.Next(1, 6)}, {place.Label}"
            : place.Label;
    }

    private string Contact(string name) => _random.NextDouble() < 0.7
        ? $"0812-{_random.Next(4000, 4999)}-{_random.Next(1000, 9999)}"
        : name.Split(' ')[0].ToLowerInvariant() + _random.Next(10, 99).ToString(CultureInfo.InvariantCulture) + "@gmail.com";

    private T One<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    private T Pick<T>(IReadOnlyList<T> items, Func<T, double> weight)
    {
        var roll = _random.NextDouble() * items.Sum(weight);
        foreach (var item in items)
        {
            roll -= weight(item);
            if (roll < 0)
            {
                return item;
            }
        }

        return items[^1];
    }
}
