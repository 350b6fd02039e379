using System.Xml.Linq;
using AmbonCC.Warnings;
using AmbonCC.Warnings.Cap;

namespace AmbonCC.UnitTests.Warnings;

public class CapAtomFeedTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private static readonly CapFeedInfo Feed = new(
        "https://cc.ambon.go.id/api/v1/warnings/feed", "Peringatan dini banjir Kota Ambon",
        new Uri("https://cc.ambon.go.id/api/v1/warnings/feed"), "Pemerintah Kota Ambon", FloodFacts.Sent.AddMinutes(5));

    [Fact]
    public void Entries_link_to_the_CAP_document_newest_first_and_only_public_alerts()
    {
        var older = FloodCapMapping.ToAlert(FloodFacts.BatuMerah(AmbonCC.RiverGauges.SiagaLevel.Siaga3));
        var newer = FloodCapMapping.ToAlert(FloodFacts.BatuMerah() with { Identifier = "AMBONCC-FLOOD-2026-0002", Sent = FloodFacts.Sent.AddMinutes(3) });
        var restricted = newer with { Identifier = "X", Scope = CapScope.Restricted, Restriction = "BPBD", Addresses = "ketua.rt03@example.org" };

        var xml = CapAtomFeed.Write(
            [
                (older, new Uri("https://cc.ambon.go.id/api/v1/warnings/1/cap")),
                (newer, new Uri("https://cc.ambon.go.id/api/v1/warnings/2/cap")),
                (restricted, new Uri("https://cc.ambon.go.id/api/v1/warnings/3/cap")),
            ],
            Feed);

        var feed = XDocument.Parse(xml).Root!;
        Assert.Equal(Atom + "feed", feed.Name);
        Assert.Equal("2026-01-15T14:25:00+09:00", feed.Element(Atom + "updated")!.Value);
        var entries = feed.Elements(Atom + "entry").ToList();
        Assert.Equal(2, entries.Count);
        Assert.Equal(newer.Infos[0].Headline, entries[0].Element(Atom + "title")!.Value);
        Assert.Equal("https://cc.ambon.go.id/api/v1/warnings/2/cap", entries[0].Element(Atom + "id")!.Value);
        var link = entries[0].Element(Atom + "link")!;
        Assert.Equal(("alternate", "application/cap+xml", "https://cc.ambon.go.id/api/v1/warnings/2/cap"),
            ((string)link.Attribute("rel")!, (string)link.Attribute("type")!, (string)link.Attribute("href")!));
        Assert.DoesNotContain("ketua.rt03", xml, StringComparison.Ordinal);
        Assert.DoesNotContain("Balai Kota lt. 4", xml, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_feed_is_still_a_valid_atom_document()
    {
        var feed = XDocument.Parse(CapAtomFeed.Write([], Feed)).Root!;

        Assert.Empty(feed.Elements(Atom + "entry"));
        Assert.NotNull(feed.Element(Atom + "id"));
        Assert.NotNull(feed.Element(Atom + "author")!.Element(Atom + "name"));
    }
}

public class CapFeedCancelTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [Fact]
    public void A_cancel_stays_in_the_feed_and_says_it_is_a_cancel()
    {
        var cancel = FloodCapMapping.ToAlert(FloodFacts.BatuMerah() with { Identifier = "AMBONCC-FLOOD-2026-0003", MsgType = CapMsgType.Cancel, References = [new CapReference("commandcenter@ambon.go.id", "AMBONCC-FLOOD-2026-0001", FloodFacts.Sent)] });
        var feed = new CapFeedInfo("urn:feed", "Feed", new Uri("https://cc.ambon.go.id/api/v1/warnings/feed"), "Pemerintah Kota Ambon", FloodFacts.Sent);

        var entry = Assert.Single(XDocument.Parse(CapAtomFeed.Write([(cancel, new Uri("https://cc.ambon.go.id/w/3/cap"))], feed)).Root!.Elements(Atom + "entry"));

        var msgType = entry.Elements(Atom + "category").Single(c => (string?)c.Attribute("scheme") == CapAtomFeed.MsgTypeScheme);
        Assert.Equal("Cancel", (string)msgType.Attribute("term")!);
    }

    [Fact]
    public void The_feed_lists_active_and_recently_cancelled_warnings_not_drafts()
    {
        var now = FloodFacts.Sent;
        WarningSummary Summary(WarningState state, TimeSpan ago) => new("W", "Wai Batu Merah", state, AmbonCC.RiverGauges.SiagaLevel.Siaga2, "h", now - ago, 0, 0, false);

        Assert.True(CapFeedSelection.Include(Summary(WarningState.Active, TimeSpan.FromDays(3)), now));
        Assert.True(CapFeedSelection.Include(Summary(WarningState.Cancelled, TimeSpan.FromHours(1)), now));
        Assert.False(CapFeedSelection.Include(Summary(WarningState.Cancelled, TimeSpan.FromHours(25)), now));
        Assert.False(CapFeedSelection.Include(Summary(WarningState.Draft, TimeSpan.Zero), now));
        Assert.False(CapFeedSelection.Include(Summary(WarningState.Withdrawn, TimeSpan.Zero), now));
    }
}
