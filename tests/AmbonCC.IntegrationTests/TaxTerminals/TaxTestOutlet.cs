using System.Collections.Immutable;
using System.Globalization;
using AmbonCC.City;
using AmbonCC.IntegrationTests.Web;
using AmbonCC.Security;
using AmbonCC.TaxTerminals;
using AmbonCC.Web.Security;

namespace AmbonCC.IntegrationTests.TaxTerminals;

/// <summary>A fresh outlet and terminal per test, with the terminal's own device key.</summary>
public sealed record TaxTestOutlet(string Serial, string Npwpd, HttpClient Device)
{
    public static async Task<TaxTestOutlet> CreateAsync(WebAppFixture app, string kelurahan = "81.71.01.1006")
    {
        var id = Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();
        var serial = "T-" + id;
        var npwpd = "P.9." + id;
        var week = Enum.GetValues<DayOfWeek>().Select(d => new OpeningHours(d, new TimeOnly(0, 0), new TimeOnly(23, 59))).ToImmutableArray();
        var profile = new RestaurantProfile(npwpd, "Rumah Makan Uji " + id, RestaurantKind.RumahMakan, "Jl. Uji No. 1", kelurahan,
            -3.69, 128.18, serial, week, 150);
        await app.Grains.GetGrain<ITaxTerminalGrain>(serial).RegisterAsync(profile);
        await app.Grains.GetGrain<ITaxpayerGrain>(npwpd).RegisterAsync(profile);
        var device = app.Anonymous();
        device.DefaultRequestHeaders.Add(ApiKeys.Header, await app.IssueKeyAsync("terminal:" + serial, ApiScopes.DeviceIngest));
        return new TaxTestOutlet(serial, npwpd, device);
    }

    public string Url => $"/api/v1/terminals/{Serial}/transactions";

    /// <summary>Sales with PBJT at 10 %, a minute apart, ending a few minutes ago.</summary>
    public static object[] Sales(long first, int count, decimal subtotal = 50_000m) =>
        [.. Enumerable.Range(0, count).Select(i => Sale(first + i, DateTimeOffset.UtcNow.AddMinutes(-count - 2 + i), subtotal))];

    public static object Sale(long receiptNo, DateTimeOffset at, decimal subtotal = 50_000m) => new
    {
        receiptNo,
        issuedAt = at.ToOffset(TimeSpan.FromHours(9)).ToString("yyyy-MM-ddTHH:mm:ss.fffzzz", CultureInfo.InvariantCulture),
        subtotal,
        tax = subtotal / 10,
        total = subtotal + subtotal / 10,
        kind = "sale",
        payment = "qris",
    };
}
