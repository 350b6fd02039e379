using System.Globalization;
using System.Text;
using System.Xml.Linq;

namespace AmbonCC.Warnings.Cap;

/// <summary>The feed's own identity (Atom 1.0 requires id, title, updated and an author).</summary>
/// <param name="Id">A permanent IRI for the feed, e.g. "https://cc.ambon.go.id/api/v1/warnings/feed".</param>
/// <param name="Title">E.g. "Peringatan dini banjir Kota Ambon".</param>
/// <param name="SelfUrl">Where the feed is served.</param>
/// <param name="AuthorName">An organisation, never a person: the feed is public.</param>
/// <param name="Updated">When the feed was generated (pass the clock's now).</param>
public sealed record CapFeedInfo(string Id, string Title, Uri SelfUrl, string AuthorName, DateTimeOffset Updated);

/// <summary>
/// An Atom 1.0 feed of current CAP alerts, one entry per alert linking to its CAP XML. Only public-scope alerts
/// are listed, and only their public text (headline, summary, area names): no addresses, notes or contacts.
/// </summary>
public static class CapAtomFeed
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    /// <summary>The category scheme naming an entry's CAP msgType (Alert, Update, Cancel).</summary>
    public const string MsgTypeScheme = "urn:oasis:names:tc:emergency:cap:1.2#msgType";

    /// <summary>The feed as UTF-8 XML text, newest alert first.</summary>
    public static string Write(IEnumerable<(CapAlert Alert, Uri CapUrl)> alerts, CapFeedInfo feed)
    {
        ArgumentNullException.ThrowIfNull(alerts);
        ArgumentNullException.ThrowIfNull(feed);
        var doc = new XDocument(new XDeclaration("1.0", "utf-8", null), new XElement(Atom + "feed",
            new XElement(Atom + "id", feed.Id),
            new XElement(Atom + "title", feed.Title),
            new XElement(Atom + "updated", AtomTime(feed.Updated)),
            new XElement(Atom + "author", new XElement(Atom + "name", feed.AuthorName)),
            new XElement(Atom + "link", new XAttribute("rel", "self"), new XAttribute("href", feed.SelfUrl.AbsoluteUri)),
            alerts.Where(a => a.Alert.Scope == CapScope.Public)
                .OrderByDescending(a => a.Alert.Sent)
                .Select(a => Entry(a.Alert, a.CapUrl))));
        var builder = new StringBuilder();
        using (var writer = new Utf8Writer(builder))
        {
            doc.Save(writer);
        }

        return builder.ToString();
    }

    private static XElement Entry(CapAlert alert, Uri capUrl)
    {
        // The Indonesian block leads: residents are the first audience.
        var info = alert.Infos.FirstOrDefault(i => i.Language == "id-ID") ?? alert.Infos.FirstOrDefault();
        var title = info?.Headline ?? info?.Event ?? alert.MsgType.ToString();
        var areas = info is null ? "" : string.Join("; ", info.Areas.Select(a => a.AreaDesc));
        return new XElement(Atom + "entry",
            new XElement(Atom + "id", capUrl.AbsoluteUri),
            new XElement(Atom + "title", title),
            new XElement(Atom + "updated", AtomTime(alert.Sent)),
            new XElement(Atom + "published", AtomTime(alert.Sent)),
            new XElement(Atom + "link", new XAttribute("rel", "alternate"), new XAttribute("type", "application/cap+xml"), new XAttribute("href", capUrl.AbsoluteUri)),
            info?.Description is { } description ? new XElement(Atom + "summary", areas.Length > 0 ? $"{description} ({areas})" : description) : null,
            info is null ? null : new XElement(Atom + "category", new XAttribute("term", info.Event)),
            // A Cancel must be recognisable without fetching the CAP document: consumers learn the warning ended.
            new XElement(Atom + "category", new XAttribute("scheme", MsgTypeScheme), new XAttribute("term", alert.MsgType.ToString())));
    }

    // RFC 3339 with the WIT offset, as everything the system emits.
    private static string AtomTime(DateTimeOffset value) => CapFormat.DateTime(value);

    private sealed class Utf8Writer(StringBuilder builder) : StringWriter(builder, CultureInfo.InvariantCulture)
    {
        public override Encoding Encoding => new UTF8Encoding(false);
    }
}
