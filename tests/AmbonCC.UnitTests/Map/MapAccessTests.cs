using System.Security.Claims;
using System.Text.Json;
using AmbonCC.Security;
using AmbonCC.Web.Map;
using AmbonCC.Web.Security;

namespace AmbonCC.UnitTests.Map;

public sealed class MapAccessTests
{
    [Theory]
    [InlineData(Roles.Operator, MapLayers.All)]
    [InlineData(Roles.TaxOfficer, MapLayers.Cameras | MapLayers.Gauges | MapLayers.TaxTerminals)]
    [InlineData(Roles.Ops, MapLayers.Cameras | MapLayers.Gauges)]
    public void A_reader_gets_the_layers_of_the_pages_their_role_opens(string role, MapLayers expected) =>
        Assert.Equal(expected, MapAccess.Allowed(Person(role)));

    [Fact]
    public void Opd_staff_see_complaints_but_not_terminals_or_incidents() =>
        Assert.Equal(MapLayers.Cameras | MapLayers.Gauges | MapLayers.Complaints,
            MapAccess.Allowed(Person(Roles.OpdStaff, new Claim(AccessPolicies.OpdClaim, "DLHP"))));

    [Fact]
    public void A_key_gets_no_layer()
    {
        var key = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Role, Roles.Admin)], ApiKeyAuthenticationHandler.SchemeName));
        Assert.Equal(MapLayers.None, MapAccess.Allowed(key));
    }

    [Fact]
    public void The_offline_background_is_drawn_from_the_city_file()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Seed", "ambon-geo.json");
        using var doc = JsonDocument.Parse(BaseMap.Build(File.ReadAllText(path)));
        var features = doc.RootElement.GetProperty("features").EnumerateArray().ToList();
        string Kind(JsonElement f) => f.GetProperty("properties").GetProperty("kind").GetString()!;

        Assert.Equal(50, features.Count(f => Kind(f) == "kelurahan"));
        Assert.Contains(features, f => Kind(f) == "river" && f.GetProperty("geometry").GetProperty("type").GetString() == "LineString");
        Assert.Contains(features, f => Kind(f) == "landmark");
        // GeoJSON is [longitude, latitude]: Ambon lies at about 128° E, 3.7° S.
        var first = features[0].GetProperty("geometry").GetProperty("coordinates");
        Assert.InRange(first[0].GetDouble(), 127.9, 128.5);
        Assert.InRange(first[1].GetDouble(), -3.9, -3.5);
    }

    private static ClaimsPrincipal Person(string role, params Claim[] more) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.Role, role), .. more], "Cookies"));
}
