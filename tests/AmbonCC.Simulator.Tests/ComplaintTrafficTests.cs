using System.Text.RegularExpressions;
using AmbonCC.Simulator.Complaints;
using Microsoft.Extensions.Time.Testing;

namespace AmbonCC.Simulator.Tests;

/// <summary>The complaints the simulator sends: a mix of channels and categories, real places, texts the server takes.</summary>
public sealed partial class ComplaintTrafficTests
{
    // The server's category codes (ComplaintCategories, also the Open311 service codes); the simulator cannot reference them.
    private static readonly string[] ServerCategories =
        ["sampah", "jalan", "drainase", "banjir", "lalu-lintas", "ketertiban", "pasar", "kesehatan", "kependudukan", "pajak", "lainnya"];

    private static List<ComplaintScenario> Draw(int count, int seed = 7)
    {
        var plan = new ComplaintPlan(CityPlaces.All, seed);
        return [.. Enumerable.Range(0, count).Select(_ => plan.Next())];
    }

    [Fact]
    public void The_places_are_the_seed_files_kelurahan_with_their_streets()
    {
        Assert.Equal(50, CityPlaces.All.Count);
        Assert.All(CityPlaces.All, p => Assert.StartsWith("81.71.", p.Code, StringComparison.Ordinal));
        Assert.Contains("Jl. Jenderal Sudirman", CityPlaces.All.Single(p => p.Name == "Batu Merah").Roads);
        Assert.Contains("Pasar Mardika", CityPlaces.All.Single(p => p.Name == "Rijali").Landmarks);
    }

    [Fact]
    public void Channels_come_in_their_configured_shares()
    {
        var drawn = Draw(4000);
        foreach (var (channel, share) in ComplaintPlan.ChannelShares)
        {
            var seen = drawn.Count(c => c.Channel == channel) / (double)drawn.Count;
            Assert.InRange(seen, share - 0.03, share + 0.03);
        }

        // Only chats carry a photo, about the configured share of them; Open311 uses both kinds of location.
        var chats = drawn.Where(c => c.Channel == IntakeChannel.Chat).ToList();
        Assert.All(drawn.Where(c => c.Photo), c => Assert.Equal(IntakeChannel.Chat, c.Channel));
        Assert.InRange(chats.Count(c => c.Photo) / (double)chats.Count, ComplaintPlan.PhotoShare - 0.05, ComplaintPlan.PhotoShare + 0.05);
        var open311 = drawn.Where(c => c.Channel == IntakeChannel.Open311).ToList();
        Assert.Contains(open311, c => c.ByAddress);
        Assert.Contains(open311, c => !c.ByAddress);
    }

    [Fact]
    public void Categories_are_the_servers_and_garbage_roads_and_drains_lead()
    {
        var drawn = Draw(4000);
        Assert.All(drawn, c => Assert.Contains(c.Category, ServerCategories));
        Assert.All(ComplaintTexts.All, t => Assert.Contains(drawn, c => c.Category == t.Code));
        var top = drawn.GroupBy(c => c.Category).OrderByDescending(g => g.Count()).Take(3).Select(g => g.Key).ToHashSet();
        Assert.Equal(["drainase", "jalan", "sampah"], top.Order());
    }

    [Fact]
    public void Every_text_fits_the_servers_limits()
    {
        foreach (var c in Draw(3000, seed: 99))
        {
            Assert.InRange(c.Description.Trim().Length, 10, 4000);
            Assert.All(c.Lines, l => Assert.InRange(l.Trim().Length, 1, 2000));
            Assert.InRange(c.Address.Length, 1, 300);
            Assert.True(c.Name is null || c.Name.Length <= 100);
            Assert.True(c.Contact is null || (c.Contact.Contains('@') ? Email().IsMatch(c.Contact) && c.Contact.Length <= 254 : Phone().IsMatch(c.Contact)), c.Contact);
            Assert.True(c.Site is null || c.Site.Length <= 200);
            Assert.True(c.Network is null || c.Network.Length <= 40);
            Assert.True(c.Account is null || c.Account.Length <= 200);
            Assert.True(("sim-" + c.Id).Length <= 120);
            Assert.All(c.Lines.Append(c.Description).Append(c.Address), t => Assert.DoesNotContain(t, ch => char.IsControl(ch)));
            Assert.Equal(c.Channel == IntakeChannel.Chat, c.Site is not null);
            Assert.Equal(c.Channel == IntakeChannel.Social, c.Account is not null && c.Network is not null);
        }
    }

    [Fact]
    public void Points_lie_within_a_few_hundred_metres_of_their_kelurahan()
    {
        Assert.All(Draw(2000), c =>
        {
            Assert.InRange(Math.Abs(c.Lat - c.Place.Lat), 0, 0.0025);
            Assert.InRange(Math.Abs(c.Lon - c.Place.Lon), 0, 0.0025);
            Assert.Contains(c.Place.Name, c.Address, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void The_same_seed_sends_the_same_complaints()
    {
        Assert.Equal(Draw(50, 3).Select(c => c.Description), Draw(50, 3).Select(c => c.Description));
        Assert.NotEqual(Draw(50, 3).Select(c => c.Description), Draw(50, 4).Select(c => c.Description));
    }

    [Fact]
    public void Open311_fields_carry_the_key_the_service_and_exactly_one_kind_of_location()
    {
        Assert.All(Draw(500).Where(c => c.Channel == IntakeChannel.Open311), c =>
        {
            var fields = ComplaintSender.Open311Fields(c, "acc_key").ToDictionary(f => f.Key, f => f.Value);
            Assert.Equal("acc_key", fields["api_key"]);
            Assert.Equal(c.Category, fields["service_code"]);
            Assert.Equal(c.ByAddress, fields.ContainsKey("address_string"));
            Assert.Equal(!c.ByAddress, fields.ContainsKey("lat") && fields.ContainsKey("long"));
            Assert.True(!fields.ContainsKey("lat") || double.Parse(fields["lat"], System.Globalization.CultureInfo.InvariantCulture) < -3);
        });
    }

    [Fact]
    public void The_budget_never_lets_more_than_its_share_into_any_minute_yet_spends_it()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
        var budget = new IntakeBudget(8, time);
        var granted = new List<DateTimeOffset>();
        for (var i = 0; i < 1200; i++)
        {
            if (budget.TryTake() == TimeSpan.Zero)
            {
                granted.Add(time.GetUtcNow());
            }

            time.Advance(TimeSpan.FromMilliseconds(500));
        }

        Assert.All(granted, at => Assert.True(granted.Count(g => g >= at && g < at + TimeSpan.FromMinutes(1)) <= 8));
        Assert.InRange(granted.Count, 8 * 9, 8 * 10);
        budget.Exhaust();
        Assert.True(budget.TryTake() > TimeSpan.Zero);
    }
}

public sealed partial class ComplaintTrafficTests
{
    [GeneratedRegex(@"^\+?[0-9 ()\-]{5,20}$")]
    private static partial Regex Phone();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex Email();
}
