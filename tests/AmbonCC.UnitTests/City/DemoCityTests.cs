using System.Text.Json;
using AmbonCC.City;
using AmbonCC.Silo.Seed;

namespace AmbonCC.UnitTests.City;

public sealed class DemoCityTests
{
    // Kota Ambon, from Laha in the west to Hutumury in the east, Passo in the north to Latuhalat in the south.
    private const double MinLat = -3.82, MaxLat = -3.55, MinLon = 128.03, MaxLon = 128.35;

    private static readonly DemoCity City = DemoCity.LoadDefault();

    [Fact]
    public void Has_all_kecamatan_and_kelurahan_with_kemendagri_codes()
    {
        Assert.Equal(5, City.Kecamatan.Length);
        Assert.Equal(50, City.Kelurahan.Length);
        Assert.All(City.Kelurahan, k => Assert.Matches(@"^81\.71\.0[1-5]\.[12]\d{3}$", k.Code));
        Assert.All(City.Kelurahan, k => Assert.Contains(City.Kecamatan, c => c.Code == k.KecamatanCode));
        Assert.Equal(20, City.Kelurahan.Count(k => k.Kind == KelurahanKind.Kelurahan));
        Assert.Equal(8, City.Kelurahan.Count(k => k.Kind == KelurahanKind.Desa));
        Assert.Equal(22, City.Kelurahan.Count(k => k.Kind == KelurahanKind.Negeri));
    }

    [Fact]
    public void Opds_have_unique_codes_including_the_ones_cameras_use()
    {
        Assert.Equal(City.Opds.Length, City.Opds.Select(o => o.Code).Distinct().Count());
        foreach (var code in new[] { "DISKOMINFOSANDI", "BPBD", "PUPR", "DLHP", "DISHUB", "BPPRD", "SATPOL-PP" })
        {
            Assert.Contains(City.Opds, o => o.Code == code);
        }

        Assert.All(City.Cameras, c => Assert.Contains(City.Opds, o => o.Code == c.OpdCode));
    }

    [Fact]
    public void Has_32_cameras_on_roads_rivers_and_waste_sites()
    {
        Assert.Equal(32, City.Cameras.Length);
        Assert.Equal(32, City.Cameras.Select(c => c.Code).Distinct().Count());
        Assert.Equal(32, City.Cameras.Select(c => c.StreamUrl).Distinct().Count());
        Assert.Contains(City.Cameras, c => c.Category == CameraCategory.Road);
        Assert.Contains(City.Cameras, c => c.Category == CameraCategory.River);
        Assert.Contains(City.Cameras, c => c.Category == CameraCategory.Waste);
        Assert.All(City.Cameras, c => Assert.StartsWith("rtsp://", c.StreamUrl, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_gauged_river_has_a_gauge_with_ordered_thresholds()
    {
        foreach (var river in new[] { "Wai Batu Merah", "Wai Ruhu", "Wai Tomu", "Wai Batu Gajah", "Wai Batu Gantung" })
        {
            Assert.Contains(City.Gauges, g => g.RiverName == river);
        }

        Assert.Equal(City.Gauges.Length, City.Gauges.Select(g => g.Code).Distinct().Count());
        Assert.All(City.Gauges, g => g.Thresholds.Validate());
        Assert.All(City.Gauges, g => Assert.Equal(g.KelurahanCode, g.DownstreamKelurahanCodes[0]));
    }

    [Fact]
    public void Gauge_downstream_follows_the_river_to_its_mouth()
    {
        var upstream = Assert.Single(City.Gauges, g => g.Code == "PDA-BATUMERAH-1");
        var names = upstream.DownstreamKelurahanCodes.Select(c => City.Kelurahan.Single(k => k.Code == c).Name);
        Assert.Equal(["Waihoka", "Batu Merah", "Amantelu", "Rijali"], names);
    }

    [Fact]
    public void River_prose_resolves_to_the_right_unit_when_names_are_shared()
    {
        // "Urimessing (negeri, headwater)" and "Urimessing (kelurahan, Batu Gantung area)" are two units.
        var gauge = Assert.Single(City.Gauges, g => g.Code == "PDA-BATUGANTUNG-1");
        Assert.Equal(["81.71.01.1011", "81.71.01.1012", "81.71.01.1013"], gauge.DownstreamKelurahanCodes.ToArray());
        Assert.Contains(City.Recipients, r => r.Id == "81.71.01.2005-KEPALA" && r.Title == "Raja Negeri Urimessing");
    }

    [Fact]
    public void Has_about_300_restaurants_with_unique_npwpd_and_terminal_serials()
    {
        Assert.InRange(City.Restaurants.Length, 280, 320);
        Assert.Equal(City.Restaurants.Length, City.Restaurants.Select(r => r.Npwpd).Distinct().Count());
        Assert.Equal(City.Restaurants.Length, City.Restaurants.Select(r => r.TerminalSerial).Distinct().Count());
        Assert.Equal(City.Restaurants.Length, City.Restaurants.Select(r => r.Name).Distinct().Count());
        Assert.All(City.Restaurants, r => Assert.Matches(@"^MPOST-\d{6}$", r.TerminalSerial));
        Assert.All(City.Restaurants, r => Assert.InRange(r.OpeningHours.Length, 6, 7));
        Assert.All(City.Restaurants, r => Assert.True(r.TypicalReceiptsPerDay > 0));
        Assert.All(Enum.GetValues<RestaurantKind>(), kind => Assert.Contains(City.Restaurants, r => r.Kind == kind));
    }

    [Fact]
    public void Recipients_cover_bpbd_and_every_kelurahan_downstream_of_a_gauge()
    {
        Assert.InRange(City.Recipients.Count(r => r.Role == RecipientRole.BpbdOfficer), 3, 10);
        Assert.Equal(City.Recipients.Length, City.Recipients.Select(r => r.Id).Distinct().Count());
        foreach (var code in City.Gauges.SelectMany(g => g.DownstreamKelurahanCodes).Distinct())
        {
            var here = City.Recipients.Where(r => r.KelurahanCode == code).ToList();
            Assert.Single(here, r => r.Role == RecipientRole.Lurah);
            Assert.InRange(here.Count(r => r.Role == RecipientRole.RtHead), 2, 12);
        }

        Assert.All(City.Recipients.Where(r => r.Role == RecipientRole.RtHead), r =>
        {
            Assert.NotNull(r.Rt);
            Assert.NotNull(r.RiverName);
        });
        var numbers = City.Recipients.Select(r => r.Channels.WhatsApp).ToList();
        Assert.All(numbers, n => Assert.Matches(@"^\+628\d{10}$", n));
        Assert.Equal(numbers.Count, numbers.Distinct().Count());
    }

    [Fact]
    public void Everything_references_an_existing_kelurahan_and_lies_inside_ambon()
    {
        var codes = City.Kelurahan.Select(k => k.Code).ToHashSet();
        var places = City.Cameras.Select(c => (c.Code, c.KelurahanCode, c.Latitude, c.Longitude))
            .Concat(City.Gauges.Select(g => (g.Code, g.KelurahanCode, g.Latitude, g.Longitude)))
            .Concat(City.Restaurants.Select(r => (r.Npwpd, r.KelurahanCode, r.Latitude, r.Longitude)))
            .Concat(City.Kelurahan.Select(k => (k.Code, k.Code, k.Latitude, k.Longitude)));
        foreach (var (what, kelurahan, lat, lon) in places)
        {
            Assert.True(codes.Contains(kelurahan), $"{what}: unknown kelurahan {kelurahan}");
            Assert.InRange(lat, MinLat, MaxLat);
            Assert.InRange(lon, MinLon, MaxLon);
        }

        Assert.All(City.Recipients, r => Assert.Contains(r.KelurahanCode, codes));
        Assert.All(City.Gauges.SelectMany(g => g.DownstreamKelurahanCodes), c => Assert.Contains(c, codes));
    }

    [Fact]
    public void Two_builds_give_the_same_city()
    {
        var again = DemoCity.LoadDefault();
        Assert.Equal(JsonSerializer.Serialize(City), JsonSerializer.Serialize(again));
        // Records compare item by item too, which the grains rely on for idempotent registration.
        // (ToList: ImmutableArray's own equality is by reference.)
        Assert.Equal(City.Gauges.ToList(), again.Gauges.ToList());
        Assert.Equal(City.Restaurants.ToList(), again.Restaurants.ToList());
        Assert.Equal(City.Cameras.ToList(), again.Cameras.ToList());
    }
}
